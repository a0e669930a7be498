// Where the overlay puts things: a hit rect for every clickable widget drawn, inside the canvas,
// not overlapping; none for a hidden control bar; the seek bar's time mapping; the front-most hit.
#include <gtest/gtest.h>

#include <functional>

#include "cuepoint/overlay/overlay_error.hpp"
#include "cuepoint/overlay/overlay_renderer.hpp"
#include "scenes.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::overlay::testing {
namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

bool overlaps(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool inside(const Rect& inner, const Rect& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width &&
         inner.y + inner.height <= outer.y + outer.height;
}

// Every enabled focusable widget the view shows, but the video itself (clicks there are "").
std::vector<std::string> clickable(const ui::Widget& w, bool hidden = false) {
  std::vector<std::string> ids;
  const bool gone = hidden || w.hidden;
  if (!gone && w.focusable && w.enabled && w.id != ui::ids::kVideo) ids.push_back(w.id);
  for (const auto& child : w.children) {
    for (auto& id : clickable(child, gone)) ids.push_back(std::move(id));
  }
  return ids;
}

// Every clickable widget has a hit inside the canvas; hits of widgets do not overlap each other,
// only the panel they lie on (`area`), which they must lie inside.
void expect_sound_layout(const ui::View& view, const std::string& area) {
  OverlayRenderer renderer;
  renderer.draw(view, kWidth, kHeight);
  const Layout& layout = renderer.layout();
  const Rect canvas{0, 0, kWidth, kHeight};
  for (const auto& id : clickable(view.root)) {
    const Hit* hit = layout.find(id);
    ASSERT_NE(hit, nullptr) << id << " has no hit rect";
    EXPECT_TRUE(inside(hit->rect, canvas)) << id;
    EXPECT_GT(hit->rect.width, 0) << id;
    EXPECT_GT(hit->rect.height, 0) << id;
  }
  const Hit* panel = area.empty() ? nullptr : layout.find(area);
  if (!area.empty()) {
    ASSERT_NE(panel, nullptr) << area;
  }
  for (std::size_t i = 0; i < layout.hits.size(); ++i) {
    const Hit& a = layout.hits[i];
    if (a.widget_id == area) continue;
    if (panel != nullptr) {
      EXPECT_TRUE(inside(a.rect, panel->rect)) << a.widget_id << " outside " << area;
    }
    for (std::size_t j = i + 1; j < layout.hits.size(); ++j) {
      const Hit& b = layout.hits[j];
      if (b.widget_id == area) continue;
      EXPECT_FALSE(overlaps(a.rect, b.rect)) << a.widget_id << " overlaps " << b.widget_id;
    }
  }
}

TEST(OverlayLayout, ControlBarHasAHitForEveryButtonAndTheSeekBar) {
  const auto view = lesson_with_controls();
  expect_sound_layout(view, "");
  OverlayRenderer renderer;
  renderer.draw(view, kWidth, kHeight);
  for (const auto id : {ui::ids::kPlay, ui::ids::kBack10, ui::ids::kForward10, ui::ids::kSeekBar,
                        ui::ids::kSpeed, ui::ids::kCaptions, ui::ids::kMute, ui::ids::kVolume,
                        ui::ids::kContrast, ui::ids::kFullscreen, ui::ids::kHelpButton}) {
    const Hit* hit = renderer.layout().find(std::string(id));
    ASSERT_NE(hit, nullptr) << id;
    EXPECT_GT(hit->rect.y, kHeight / 2) << id << " is not in the bar at the bottom";
  }
  ASSERT_TRUE(renderer.layout().seek_bar.has_value());
  EXPECT_EQ(renderer.layout().text_field, std::nullopt);
}

TEST(OverlayLayout, EveryScreenHasSoundHits) {
  expect_sound_layout(single_choice_question(), std::string(ui::ids::kQuestion));
  expect_sound_layout(single_choice_wrong(), std::string(ui::ids::kQuestion));
  expect_sound_layout(multiple_choice_feedback(), std::string(ui::ids::kQuestion));
  expect_sound_layout(text_question("1/"), std::string(ui::ids::kQuestion));
  expect_sound_layout(numeric_problem(), std::string(ui::ids::kQuestion));
  expect_sound_layout(note_card(), std::string(ui::ids::kNote));
  expect_sound_layout(help_overlay(), std::string(ui::ids::kHelp));
  expect_sound_layout(quit_dialog(), std::string(ui::ids::kQuitDialog));
  expect_sound_layout(end_screen(), std::string(ui::ids::kEnd));
  expect_sound_layout(learner_screen(), std::string(ui::ids::kLearner));
  expect_sound_layout(arabic_question(), std::string(ui::ids::kQuestion));
}

TEST(OverlayLayout, EndScreenHasAReplayButtonForTheMissedQuestion) {
  const auto view = end_screen();
  ASSERT_EQ(ui::testing::get(view, "end.result.single").status, ui::Status::Incorrect);
  OverlayRenderer renderer;
  renderer.draw(view, kWidth, kHeight);
  const Hit* replay = renderer.layout().find("end.replay.single");
  ASSERT_NE(replay, nullptr);
  EXPECT_NE(renderer.layout().find(std::string(ui::ids::kReplayMissed)), nullptr);
  EXPECT_NE(renderer.layout().find(std::string(ui::ids::kRetake)), nullptr);
  EXPECT_EQ(renderer.layout().find("end.replay.tf"), nullptr) << "only missed questions can be replayed";
}

TEST(OverlayLayout, EveryScreenFitsSmallAndLargeWindows) {
  // A card taller than the window is drawn smaller rather than cut off.
  OverlayRenderer renderer;
  struct Size {
    int width;
    int height;
    double scale;
  };
  for (const Size size : {Size{854, 480, 1.0}, Size{700, 700, 1.0}, Size{3840, 2160, 2.0}}) {
    const Rect canvas{0, 0, size.width, size.height};
    for (const auto& scene : all_scenes()) {
      renderer.draw(scene.view, size.width, size.height, size.scale);
      for (const auto& hit : renderer.layout().hits) {
        EXPECT_TRUE(inside(hit.rect, canvas)) << scene.name << " at " << size.width << "x" << size.height
                                              << ": " << hit.widget_id << " is cut off";
      }
    }
  }
  // At 480 lines the end screen's seven results needed the smaller drawing: its buttons are smaller.
  renderer.draw(end_screen(), 1280, 720);
  const int full = renderer.layout().find(std::string(ui::ids::kRetake))->rect.height;
  renderer.draw(end_screen(), 854, 480);
  EXPECT_LT(renderer.layout().find(std::string(ui::ids::kRetake))->rect.height, full);
}

TEST(OverlayLayout, HiddenControlBarHasNoHitsAndLeavesTheBottomTransparent) {
  const auto view = lesson_controls_hidden();
  ASSERT_TRUE(view.find(ui::ids::kControls)->hidden);
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(view, kWidth, kHeight);
  EXPECT_TRUE(renderer.layout().hits.empty());
  EXPECT_EQ(renderer.layout().seek_bar, std::nullopt);
  // Below the caption's backdrop nothing is drawn at all.
  const Rect bottom{0, kHeight - 40, kWidth, 40};
  EXPECT_EQ(ink(canvas, bottom, 0x00000000U, 0), 0);
  // The caption itself is drawn, low on the screen.
  EXPECT_GT(ink(canvas, Rect{0, kHeight * 3 / 4, kWidth, kHeight / 4 - 40}, 0x00000000U, 0), 1000);
}

TEST(OverlayLayout, ShownControlBarIsDrawnAtTheBottom) {
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(lesson_with_controls(), kWidth, kHeight);
  EXPECT_GT(alpha(canvas.pixel(kWidth / 2, kHeight - 4)), 150) << "the bar's dark backdrop";
  EXPECT_EQ(alpha(canvas.pixel(kWidth / 2, kHeight / 3)), 0) << "the video above it is untouched";
}

TEST(OverlayLayout, SeekBarMapsItsEndsToZeroAndTheDuration) {
  OverlayRenderer renderer;
  renderer.draw(lesson_with_controls(), kWidth, kHeight);
  const auto bar = renderer.layout().seek_bar;
  ASSERT_TRUE(bar.has_value());
  EXPECT_EQ(bar->duration, ui::testing::kDuration);
  EXPECT_EQ(bar->time_at(bar->track.x), 0);
  EXPECT_EQ(bar->time_at(bar->track.x + bar->track.width), ui::testing::kDuration);
  EXPECT_EQ(bar->time_at(-50), 0);
  EXPECT_EQ(bar->time_at(kWidth + 50), ui::testing::kDuration);
  const auto middle = bar->time_at(bar->track.x + bar->track.width / 2);
  EXPECT_NEAR(static_cast<double>(middle), ui::testing::kDuration / 2.0, ui::testing::kDuration / 500.0);
  // The seek bar's hit covers its track, so a click on the track is a seek.
  EXPECT_EQ(renderer.layout().hit(bar->track.x + 10, bar->track.y + bar->track.height / 2),
            ui::ids::kSeekBar);
}

TEST(OverlayLayout, HitFindsTheFrontMostWidgetAndNothingOverTheVideo) {
  OverlayRenderer renderer;
  renderer.draw(single_choice_question(), kWidth, kHeight);
  const Layout& layout = renderer.layout();
  const Hit* submit = layout.find(std::string(ui::ids::kSubmit));
  const Hit* card = layout.find(std::string(ui::ids::kQuestion));
  ASSERT_NE(submit, nullptr);
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(layout.hit(submit->rect.x + 2, submit->rect.y + 2), ui::ids::kSubmit);
  EXPECT_EQ(layout.hit(card->rect.x + 3, card->rect.y + 3), ui::ids::kQuestion);  // the panel stops the click
  EXPECT_EQ(layout.hit(4, 4), "");  // the video: the disabled control bar under the card has no hits
  EXPECT_EQ(layout.hit(kWidth / 2, kHeight - 20), "");
  EXPECT_EQ(layout.seek_bar, std::nullopt) << "the bar is disabled under a question";
}

TEST(OverlayLayout, CaptionsMenuOpensOverItsButton) {
  OverlayRenderer renderer;
  renderer.draw(captions_menu(), kWidth, kHeight);
  const Layout& layout = renderer.layout();
  const Hit* menu = layout.find(std::string(ui::ids::kCaptionsMenu));
  const Hit* off = layout.find(std::string(ui::ids::kCaptionsOff));
  ASSERT_NE(menu, nullptr);
  ASSERT_NE(off, nullptr);
  EXPECT_NE(layout.find("captions.menu.1"), nullptr);
  // The menu's items are front-most; the control bar under it has no hits there.
  EXPECT_EQ(layout.hit(off->rect.x + 5, off->rect.y + 5), ui::ids::kCaptionsOff);
  EXPECT_LT(menu->rect.y + menu->rect.height, layout.find(std::string(ui::ids::kCaptions))->rect.y);
}

TEST(OverlayLayout, BadSizesAndScalesAreRefusedWithTheirValues) {
  OverlayRenderer renderer;
  const auto view = lesson_with_controls();
  try {
    renderer.draw(view, 0, 720);
    FAIL() << "no error";
  } catch (const OverlayError& e) {
    EXPECT_STREQ(e.what(), "overlay: the output size must be 1..16384 pixels a side, got 0x720");
  }
  try {
    renderer.draw(view, 640, 360, 0.0);
    FAIL() << "no error";
  } catch (const OverlayError& e) {
    EXPECT_STREQ(e.what(), "overlay: scale must be in [0.25, 8], got 0.000000");
  }
  const Canvas small = test_frame(8, 8);
  const Canvas other = test_frame(9, 8);
  try {
    composite(small, other);
    FAIL() << "no error";
  } catch (const OverlayError& e) {
    EXPECT_STREQ(e.what(), "overlay: cannot composite a 9x8 overlay over a 8x8 frame");
  }
}

TEST(OverlayLayout, UnwritablePngPathIsNamed) {
  const Canvas frame = test_frame(8, 8);
  try {
    write_png(frame, "/nonexistent-dir/x.png");
    FAIL() << "no error";
  } catch (const OverlayError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent-dir/x.png: cannot write the PNG: ", 0), 0U)
        << e.what();
  }
}

}  // namespace
}  // namespace cuepoint::overlay::testing
