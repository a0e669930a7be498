// The library screen as drawn: a hit for every row that can be opened and none for a greyed
// one, rows inside the canvas and apart; as many rows as library_rows_that_fit says fit, at
// every window height, text size and HiDPI scale; a thumbnail shows in its row.
#include <gtest/gtest.h>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "cuepoint/ui/library_picker.hpp"

namespace cuepoint::overlay {
namespace {

std::vector<ui::LibraryEntry> lessons(int count) {
  std::vector<ui::LibraryEntry> result;
  for (int i = 0; i < count; ++i) {
    ui::LibraryEntry entry;
    entry.path = "/stick/lesson-" + std::to_string(i);
    entry.title =
        i % 2 == 0 ? "Lesson " + std::to_string(i) : "\u0627\u0644\u062f\u0631\u0633 " + std::to_string(i);
    entry.duration = 190'000'000;
    if (i == count - 1) entry.problem = "lesson.xml:1:1: error: the file is not XML";
    result.push_back(entry);
  }
  return result;
}

TEST(LibraryScreen, EveryRowThatFitsIsDrawnInsideTheCanvasAndGreyedRowsTakeNoClicks) {
  for (const int height : {270, 540, 720, 1080}) {
    for (const double scale : {1.0, 2.0}) {
      for (const double text_scale : {1.0, 1.5}) {
        SCOPED_TRACE(std::to_string(height) + " px, scale " + std::to_string(scale) + ", text " +
                     std::to_string(text_scale));
        const int width = static_cast<int>(960 * scale);
        const int pixels_high = static_cast<int>(height * scale);
        ui::LibraryPicker picker({ui::LibrarySource::Folder, "/stick", ""}, lessons(30));
        const std::size_t rows = library_rows_that_fit(pixels_high, scale, text_scale);
        picker.set_visible_rows(rows);
        picker.handle(ui::KeyPress{ui::Key::End});  // the greyed last row on screen
        auto view = picker.view();
        view.text_scale = text_scale;
        OverlayRenderer renderer;
        renderer.draw(view, width, pixels_high, scale);
        const auto& hits = renderer.layout().hits;
        const auto* list = view.find(ui::ids::kLibraryList);
        ASSERT_NE(list, nullptr);
        EXPECT_EQ(list->children.size(), rows);
        EXPECT_EQ(hits.size(), rows - 1);  // the greyed row is drawn but not clickable
        for (std::size_t i = 0; i < hits.size(); ++i) {
          const Rect& r = hits[i].rect;
          EXPECT_GE(r.x, 0);
          EXPECT_GE(r.y, 0);
          EXPECT_LE(r.x + r.width, width);
          EXPECT_LE(r.y + r.height, pixels_high);
          if (i > 0) {
            EXPECT_GE(r.y, hits[i - 1].rect.y + hits[i - 1].rect.height);
          }
          EXPECT_EQ(renderer.layout().hit(r.x + r.width / 2, r.y + r.height / 2), list->children[i].id);
        }
      }
    }
  }
}

TEST(LibraryScreen, AThumbnailIsPaintedInItsRow) {
  ui::LibraryPicker picker({ui::LibrarySource::Folder, "/stick", ""}, lessons(2));
  const auto view = picker.view();
  const std::string id = ui::ids::library_item("/stick/lesson-0");
  OverlayRenderer renderer;
  const Canvas plain = renderer.draw(view, 960, 540);
  Thumbnail red{4, 4, std::vector<std::uint8_t>(4 * 4 * 3, 0)};
  for (std::size_t i = 0; i < red.rgb.size(); i += 3) red.rgb[i] = 255;
  renderer.set_thumbnail(id, red);
  const auto& canvas = renderer.draw(view, 960, 540);
  const auto* hit = renderer.layout().find(id);
  ASSERT_NE(hit, nullptr);
  // The middle of the thumbnail tile (at the row's start, 16:9) is red now, and was not before.
  const int tile_h = hit->rect.height - 16;
  const int x = hit->rect.x + 8 + tile_h * 8 / 9;
  const int y = hit->rect.y + hit->rect.height / 2;
  EXPECT_EQ(canvas.pixel(x, y), 0xFFFF0000U);
  EXPECT_NE(plain.pixel(x, y), 0xFFFF0000U);
}

}  // namespace
}  // namespace cuepoint::overlay
