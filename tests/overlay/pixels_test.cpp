// What the pixels say: cue markers coloured by status, the skip-ahead limit, feedback colours,
// the scrim over the frozen frame; and how long a draw takes (logged, not asserted).
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "scenes.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::overlay::testing {
namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

int marker_x(const SeekBarArea& bar, lesson::Micros at) {
  return bar.track.x + static_cast<int>(static_cast<double>(at) / bar.duration * bar.track.width + 0.5);
}

TEST(OverlayPixels, CueMarkersAreColouredByStatus) {
  // The poll answered, the single choice missed (two wrong attempts), the rest still to come.
  ui::testing::UiHarness h;
  ASSERT_TRUE(h.play_to(40 * ui::testing::kSecond));  // the poll at 10 s
  h.digit(1);
  h.press(ui::Key::Enter);
  h.press(ui::Key::Enter);
  ASSERT_TRUE(h.play_to(40 * ui::testing::kSecond));  // the single choice at 30 s
  h.digit(2);
  h.press(ui::Key::Enter);
  h.press(ui::Key::Enter);                            // continue: rewatch from 20 s
  ASSERT_TRUE(h.play_to(40 * ui::testing::kSecond));  // the single choice again
  h.digit(2);
  h.press(ui::Key::Enter);
  h.press(ui::Key::Enter);                             // out of attempts: missed
  ASSERT_FALSE(h.play_to(45 * ui::testing::kSecond));  // the handle moves off the marker
  const auto view = h.view();
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(view, kWidth, kHeight);
  const auto bar = renderer.layout().seek_bar;
  ASSERT_TRUE(bar.has_value());
  const int y = bar->track.y + bar->track.height / 2;
  const std::uint32_t answered = canvas.pixel(marker_x(*bar, 10 * ui::testing::kSecond), y);
  const std::uint32_t missed = canvas.pixel(marker_x(*bar, 30 * ui::testing::kSecond), y);
  const std::uint32_t unanswered = canvas.pixel(marker_x(*bar, 90 * ui::testing::kSecond), y);
  EXPECT_GT(green(answered), 150) << std::hex << answered;
  EXPECT_LT(red(answered), 120) << std::hex << answered;
  EXPECT_GT(red(missed), 200) << std::hex << missed;
  EXPECT_LT(green(missed), 140) << std::hex << missed;
  EXPECT_GT(red(unanswered), 200) << std::hex << unanswered;
  EXPECT_GT(green(unanswered), 180) << std::hex << unanswered;
  EXPECT_LT(blue(unanswered), 140) << std::hex << unanswered;
}

TEST(OverlayPixels, SkipAheadLimitIsDrawnAsAPostAndStripes) {
  const auto view = lesson_with_controls();
  const ui::Widget* limit = view.find(ui::ids::kSeekLimit);
  ASSERT_NE(limit, nullptr);
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(view, kWidth, kHeight);
  const auto bar = renderer.layout().seek_bar;
  ASSERT_TRUE(bar.has_value());
  const int x = marker_x(*bar, *limit->at);
  const int centre = bar->track.y + bar->track.height / 2;
  // The post stands above the track in the limit's orange.
  const std::uint32_t post = canvas.pixel(x, centre - 8);
  EXPECT_GT(red(post), 200) << std::hex << post;
  EXPECT_GT(green(post), 100) << std::hex << post;
  EXPECT_LT(blue(post), 120) << std::hex << post;
  // Beyond it the track differs from the track before it (stripes), though both are unplayed.
  const int before = (marker_x(*bar, *view.find(ui::ids::kSeekBar)->at) + x) / 2;
  int differing = 0;
  for (int dx = 0; dx < 40; ++dx) {
    if (difference(canvas.pixel(x + 20 + dx, centre), canvas.pixel(before, centre)) > 20) ++differing;
  }
  EXPECT_GT(differing, 5);
}

TEST(OverlayPixels, FeedbackIsGreenWhenRightAndRedWhenWrong) {
  OverlayRenderer renderer;
  const Canvas& wrong = renderer.draw(single_choice_wrong(), kWidth, kHeight);
  // The picked, wrong choice has a red border and mark, the feedback a red title and bar.
  const ui::View view = single_choice_wrong();
  ASSERT_EQ(view.find("question.choice.b")->status, ui::Status::Incorrect);
  int reds = 0;
  int greens = 0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = kWidth / 4; x < kWidth * 3 / 4; x += 2) {
      const std::uint32_t p = wrong.pixel(x, y);
      if (red(p) > 200 && green(p) < 130 && blue(p) < 130) ++reds;
      if (green(p) > 180 && red(p) < 140 && blue(p) < 160) ++greens;
    }
  }
  EXPECT_GT(reds, 300);
  EXPECT_LT(greens, 20) << "only the wrong choice is marked while another attempt is left";
}

TEST(OverlayPixels, ScrimDimsTheFrozenFrameBehindTheCard) {
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(single_choice_question(), kWidth, kHeight);
  const int a = alpha(canvas.pixel(8, 8));
  EXPECT_GT(a, 60);
  EXPECT_LT(a, 200) << "the frame stays visible";
}

TEST(OverlayPixels, ToastAtTheTopRightNoticeAtTheTopCentre) {
  OverlayRenderer renderer;
  const auto with_toast = toast();
  ASSERT_NE(with_toast.find(ui::ids::kToasts), nullptr);
  Canvas canvas = renderer.draw(with_toast, kWidth, kHeight);
  EXPECT_GT(ink(canvas, Rect{kWidth * 3 / 4, 0, kWidth / 4, 80}, 0, 0), 5000);
  EXPECT_EQ(ink(canvas, Rect{0, 0, kWidth / 2, 80}, 0, 0), 0);

  const auto with_notice = rewatch_notice();
  ASSERT_EQ(with_notice.find(ui::ids::kNotice)->name, "Rewatching 0:20\u20130:30");
  canvas = renderer.draw(with_notice, kWidth, kHeight);
  EXPECT_GT(ink(canvas, Rect{kWidth / 2 - 60, 0, 120, 70}, 0, 0), 3000);
  EXPECT_EQ(ink(canvas, Rect{0, 0, kWidth / 5, 70}, 0, 0), 0);
  EXPECT_EQ(ink(canvas, Rect{kWidth * 4 / 5, 0, kWidth / 5, 70}, 0, 0), 0);
}

TEST(OverlayPixels, CaptionsSitAboveTheShownControlBar) {
  ui::UiSettings settings = ui::testing::fixed_learner();
  settings.captions_lang = "en";
  ui::testing::UiHarness h(ui::testing::sample_lesson(), settings);
  h.play_to(5 * ui::testing::kSecond);
  h.send(ui::CaptionText{"Two parts of four"});
  OverlayRenderer renderer;
  const Canvas& canvas = renderer.draw(h.view(), kWidth, kHeight);
  const auto bar = renderer.layout().seek_bar;
  ASSERT_TRUE(bar.has_value());
  // The caption's backdrop is opaque-ish black in the middle, clear of the hover label's place.
  int lowest = -1;
  for (int y = 0; y < bar->track.y - 30; ++y) {
    const std::uint32_t p = canvas.pixel(kWidth / 2, y);
    if (alpha(p) > 150) lowest = y;
  }
  ASSERT_GT(lowest, kHeight / 2) << "a caption drawn low over the video";
  EXPECT_LT(lowest, bar->track.y - 30);
}

TEST(OverlayPixels, DrawTimeOfTheControlBarAndAQuestion) {
  // Logged for docs/performance.md, never asserted (the machine is shared).
  ui::testing::UiHarness h;
  ASSERT_TRUE(h.play_to(40 * ui::testing::kSecond));
  h.activate(ui::ids::kSkip);
  ASSERT_TRUE(h.play_to(40 * ui::testing::kSecond));
  const auto question = h.view();
  ASSERT_NE(question.find(ui::ids::kQuestion), nullptr);
  ASSERT_FALSE(question.find(ui::ids::kControls)->hidden);
  OverlayRenderer renderer;
  using Clock = std::chrono::steady_clock;
  const auto cold_start = Clock::now();
  renderer.draw(question, kWidth, kHeight);
  const auto cold = std::chrono::duration<double, std::milli>(Clock::now() - cold_start).count();
  auto picked = question;
  constexpr int kDraws = 20;
  const auto warm_start = Clock::now();
  for (int i = 0; i < kDraws; ++i) {
    picked.focused_id = i % 2 == 0 ? "question.choice.a" : "question.choice.b";  // what a key press changes
    renderer.draw(picked, kWidth, kHeight);
  }
  const auto warm = std::chrono::duration<double, std::milli>(Clock::now() - warm_start).count() / kDraws;
  std::cout << "overlay draw 1280x720 control bar + question: first " << cold << " ms (text rendered), then "
            << warm << " ms per draw (text cached)\n";
  SUCCEED();
}

}  // namespace
}  // namespace cuepoint::overlay::testing
