// The lesson library (`cuepoint DIR`, `cuepoint` alone): a full screen with a heading, one
// row per lesson that fits (thumbnail with the duration on it, title, progress or the reason
// it cannot be opened) and a hint line. Row sizes are fixed per text scale, so the window
// knows how many rows fit (library_rows_that_fit) before anything is drawn.
#include <algorithm>
#include <cmath>

#include "cairo_handles.hpp"
#include "cuepoint/overlay/library_layout.hpp"
#include "cuepoint/ui/library_picker.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {
namespace {

constexpr double kPadding = 32;       // points around the screen's content
constexpr double kMaxWidth = 860;     // points: rows wider than this are hard to scan
constexpr double kRowGap = 8;         // points between rows
constexpr double kRowPadding = 8;     // points inside a row, around the thumbnail
constexpr double kHeadingGap = 20;    // points below the heading
constexpr double kLineHeight = 1.45;  // a text line's height as a multiple of its size

double row_points(double text_scale) { return 30 + 50 * text_scale; }
double heading_points(const Theme& t, double text_scale) { return t.heading * kLineHeight * text_scale; }
// The hint and the "1–6 of 12" line, and the gap above them.
double footer_points(const Theme& t, double text_scale) {
  return 2 * t.small * kLineHeight * text_scale + 16;
}

// Paints `thumbnail` scaled to cover `box` (cropped, aspect kept), clipped to its rounded corners.
void paint_thumbnail(Painter& p, const Thumbnail& thumbnail, Rect box) {
  if (thumbnail.width <= 0 || thumbnail.height <= 0 ||
      thumbnail.rgb.size() != static_cast<std::size_t>(thumbnail.width) * thumbnail.height * 3)
    return;
  const CairoSurfacePtr image(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, thumbnail.width, thumbnail.height));
  check_cairo(cairo_surface_status(image.get()), "overlay: thumbnail surface");
  cairo_surface_flush(image.get());
  unsigned char* pixels = cairo_image_surface_get_data(image.get());
  const int stride = cairo_image_surface_get_stride(image.get());
  for (int y = 0; y < thumbnail.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::size_t>(y) * stride);
    const auto* rgb = thumbnail.rgb.data() + static_cast<std::size_t>(y) * thumbnail.width * 3;
    for (int x = 0; x < thumbnail.width; ++x, rgb += 3) {
      row[x] = 0xFF000000U | (std::uint32_t{rgb[0]} << 16U) | (std::uint32_t{rgb[1]} << 8U) | rgb[2];
    }
  }
  cairo_surface_mark_dirty(image.get());
  cairo_t* cr = p.cr();
  cairo_save(cr);
  p.rounded_rect(box, p.pxf(6));
  cairo_clip(cr);
  const double zoom = std::max(static_cast<double>(box.width) / thumbnail.width,
                               static_cast<double>(box.height) / thumbnail.height);
  cairo_translate(cr, box.x + (box.width - thumbnail.width * zoom) / 2,
                  box.y + (box.height - thumbnail.height * zoom) / 2);
  cairo_scale(cr, zoom, zoom);
  cairo_set_source_surface(cr, image.get(), 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
  cairo_paint(cr);
  cairo_restore(cr);
  check_cairo(cairo_status(cr), "overlay: thumbnail");
}

void draw_row(Painter& p, const ui::Widget& item, Rect row, const Thumbnails& thumbnails) {
  const Theme& t = p.theme();
  const double radius = p.pxf(10);
  p.fill_rounded(row, radius, item.selected ? t.row_selected : t.row);
  const double fade = item.enabled ? 1.0 : 0.55;  // a lesson that cannot be opened is greyed
  const int pad = p.px(kRowPadding);
  const int thumb_h = row.height - 2 * pad;
  const int thumb_w = thumb_h * 16 / 9;
  const int text_width = std::max(p.px(60), row.width - 3 * pad - thumb_w - p.px(8));
  auto title_style = p.style(t.body, t.text, 600, text_width);
  title_style.max_lines = 1;
  const auto title = p.text(item.name, title_style);
  // A right-to-left title mirrors its row: the thumbnail on the right, the text aligned to it.
  const bool rtl = title->right_to_left;
  const Rect thumb{rtl ? row.x + row.width - pad - thumb_w : row.x + pad, row.y + pad, thumb_w, thumb_h};
  const int text_x = rtl ? row.x + pad : thumb.x + thumb.width + p.px(16);
  p.fill_rounded(thumb, p.pxf(6), Rgba{255, 255, 255, 22});
  if (const auto found = thumbnails.find(item.id); found != thumbnails.end() && item.enabled) {
    paint_thumbnail(p, found->second, thumb);
  }
  if (!item.value.empty()) {  // the duration, on the thumbnail's corner as video sites do
    const auto duration = p.text(item.value, p.style(t.small * 0.85, t.text, 600));
    const Rect badge{thumb.x + thumb.width - duration->width - p.px(10),
                     thumb.y + thumb.height - duration->height - p.px(6), duration->width + p.px(8),
                     duration->height + p.px(2)};
    p.fill_rounded(badge, p.pxf(4), t.backdrop);
    p.paint(*duration, badge.x + p.px(4), badge.y + p.px(1));
  }
  const Rgba detail_colour = item.enabled ? t.for_status(item.status) : t.incorrect;
  auto detail_style =
      p.style(t.small, item.status == ui::Status::None ? t.muted : detail_colour, 500, text_width);
  detail_style.max_lines = 1;
  if (rtl) detail_style.direction = text::Direction::RightToLeft;
  const auto detail = p.text(item.description, detail_style);
  const int block = Painter::text_height(*title) + p.px(4) + Painter::text_height(*detail);
  const int top = row.y + (row.height - block) / 2;
  p.paint(*title, text_x, top, fade);
  p.paint(*detail, text_x, top + Painter::text_height(*title) + p.px(4), fade);
  p.hit(item, row);
  p.focusable(item, row, radius);
}

}  // namespace

std::size_t library_rows_that_fit(int height, double scale, double text_scale) {
  const Theme theme;
  const double ts = std::clamp(text_scale, 0.5, 3.0);
  const double free =
      height / scale - 2 * kPadding - heading_points(theme, ts) - kHeadingGap - footer_points(theme, ts);
  const double rows = std::floor((free + kRowGap) / (row_points(ts) + kRowGap));
  return rows < 1 ? 1 : static_cast<std::size_t>(rows);
}

void draw_library_screen(Painter& p, const ui::Widget& library, const Screen& screen,
                         const Thumbnails& thumbnails) {
  const Theme& t = p.theme();
  p.fill_rect(Rect{0, 0, screen.width, screen.height}, t.screen);
  const int padding = p.px(kPadding);
  const int width = std::min(screen.width - 2 * padding, p.px(kMaxWidth));
  const int left = (screen.width - width) / 2;
  int y = padding;
  if (const ui::Widget* heading = library.find(ui::ids::kLibraryHeading)) {
    auto style = p.style(t.heading, t.text, 700, width);
    style.max_lines = 1;
    p.paint(*p.text(heading->name, style), left, y);
  }
  y += p.px(heading_points(t, p.text_scale())) + p.px(kHeadingGap);
  if (const ui::Widget* search = library.find(ui::ids::kLibrarySearch)) {
    const auto label = p.text(search->name, p.style(t.small, t.accent, 600, width, text::Align::End));
    p.paint(*label, left, padding + p.px(heading_points(t, p.text_scale())) - label->height);
  }
  if (const ui::Widget* empty = library.find(ui::ids::kLibraryEmpty)) {
    p.paint(*p.text(empty->name, p.style(t.body, t.muted, 400, width)), left, y);
  }
  if (const ui::Widget* list = library.find(ui::ids::kLibraryList)) {
    const int row_height = p.px(row_points(p.text_scale()));
    for (const auto& item : list->children) {
      draw_row(p, item, Rect{left, y, width, row_height}, thumbnails);
      y += row_height + p.px(kRowGap);
    }
  }
  int bottom = screen.height - padding;
  if (const ui::Widget* hint = library.find(ui::ids::kLibraryHint)) {
    const auto label = p.text(hint->name, p.style(t.small, t.muted, 400, width));
    bottom -= Painter::text_height(*label);
    p.paint(*label, left, bottom);
  }
  if (const ui::Widget* position = library.find(ui::ids::kLibraryPosition)) {
    const auto label = p.text(position->name, p.style(t.small, t.muted, 600, width, text::Align::End));
    p.paint(*label, left, bottom - Painter::text_height(*label) - p.px(4));
  }
}

}  // namespace cuepoint::overlay
