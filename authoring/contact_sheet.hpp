// A contact sheet: tiles in rows (up to three a row) on a dark page, each with a label
// under it (cue time and id), drawn with the UI's own text layer.
#pragma once

#include <string>
#include <vector>

#include "cuepoint/overlay/canvas.hpp"

namespace cuepoint::authoring {

struct SheetTile {
  overlay::Canvas image;  // already at the tile width
  std::string label;
};

overlay::Canvas contact_sheet(const std::vector<SheetTile>& tiles, int tile_width);

// `image` scaled to `width` pixels wide (the height keeps the aspect ratio).
overlay::Canvas scaled_to_width(const overlay::Canvas& image, int width);

}  // namespace cuepoint::authoring
