#include "contact_sheet.hpp"

#include <algorithm>
#include <cmath>

#include "cuepoint/text/text_renderer.hpp"

namespace cuepoint::authoring {
namespace {

constexpr int kMaxColumns = 3;
constexpr int kGap = 24;
constexpr std::uint32_t kPage = 0xFF16181DU;

overlay::Canvas as_canvas(const text::RenderedText& text) {
  overlay::Canvas canvas;
  canvas.width = text.width;
  canvas.height = text.height;
  canvas.stride = text.stride;
  canvas.pixels = text.pixels;  // the same premultiplied ARGB32 layout
  return canvas;
}

}  // namespace

overlay::Canvas scaled_to_width(const overlay::Canvas& image, int width) {
  if (image.width == width) return image;
  const double scale = static_cast<double>(width) / image.width;
  const int height = std::max(1, static_cast<int>(std::lround(image.height * scale)));
  overlay::Canvas out = overlay::solid_canvas(width, height, 0xFF000000U);
  overlay::draw_over(out, image, 0, 0, scale);
  return out;
}

overlay::Canvas contact_sheet(const std::vector<SheetTile>& tiles, int tile_width) {
  const text::TextRenderer renderer;
  text::TextStyle style;
  style.size_px = std::clamp(tile_width / 28.0, 13.0, 22.0);
  style.weight = 600;
  style.colour = text::Rgba{230, 233, 238, 255};
  style.max_width_px = tile_width;
  style.max_lines = 1;
  std::vector<text::RenderedText> labels;
  int label_height = 0;
  int tile_height = 0;
  for (const auto& tile : tiles) {
    labels.push_back(renderer.render(text::TextBlock{tile.label, false, std::nullopt}, style));
    label_height = std::max(label_height, labels.back().height);
    tile_height = std::max(tile_height, tile.image.height);
  }
  const int count = static_cast<int>(tiles.size());
  const int columns = std::clamp(count, 1, kMaxColumns);
  const int rows = std::max(1, (count + columns - 1) / columns);
  const int cell_height = tile_height + 10 + label_height;
  overlay::Canvas sheet = overlay::solid_canvas(columns * tile_width + (columns + 1) * kGap,
                                                rows * cell_height + (rows + 1) * kGap, kPage);
  for (int i = 0; i < count; ++i) {
    const int x = kGap + (i % columns) * (tile_width + kGap);
    const int y = kGap + (i / columns) * (cell_height + kGap);
    overlay::draw_over(sheet, tiles[i].image, x, y);
    overlay::draw_over(sheet, as_canvas(labels[i]), x, y + tiles[i].image.height + 10);
  }
  return sheet;
}

}  // namespace cuepoint::authoring
