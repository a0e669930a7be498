// What the window needs to know about how the overlay lays out the lesson library
// (ui::LibraryPicker's view): how many rows fit, and the thumbnails it draws in them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cuepoint::overlay {

// A lesson's thumbnail: packed 8-bit RGB rows, width * height * 3 bytes.
struct Thumbnail {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;
};

// How many list rows the library screen has room for in an output area `height`
// pixels tall (at least 1), for LibraryPicker::set_visible_rows.
std::size_t library_rows_that_fit(int height, double scale, double text_scale);

}  // namespace cuepoint::overlay
