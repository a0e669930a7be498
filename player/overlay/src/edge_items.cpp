// What shows at the edges of the video without stopping it: captions above the control bar,
// notes of non-pausing cues at the top right, a short notice at the top centre.
#include <algorithm>

#include "icons.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {

void draw_caption(Painter& p, const ui::Widget& caption, const Screen& screen) {
  const Theme& t = p.theme();
  const int max_width = std::min(p.px(900), screen.width * 8 / 10);
  const auto label =
      p.text(caption.name, p.style(t.caption, Rgba{255, 255, 255, 255}, 500, max_width, text::Align::Centre));
  // The wrapped buffer is max_width wide; the backdrop hugs the lines actually drawn.
  int left = label->width;
  int right = 0;
  for (const auto& line : label->lines) {
    left = std::min(left, line.logical.x);
    right = std::max(right, line.logical.x + line.logical.width);
  }
  if (right <= left) return;
  const int pad_x = p.px(14);
  const int pad_y = p.px(6);
  const int height = Painter::text_height(*label);
  const int x = (screen.width - label->width) / 2;
  // Low on the screen when the bar is hidden; just above it when shown.
  const int gap = p.px(screen.free_bottom == screen.height ? 48 : 16);
  const int y = screen.free_bottom - gap - height - pad_y;
  p.fill_rounded(Rect{x + left - pad_x, y - pad_y, right - left + 2 * pad_x, height + 2 * pad_y}, p.pxf(6),
                 t.backdrop);
  p.paint(*label, x, y);
}

void draw_toasts(Painter& p, const ui::Widget& toasts, const Screen& screen) {
  const Theme& t = p.theme();
  const int width = std::min(p.px(360), screen.width - p.px(32));
  const int pad = p.px(14);
  const int icon = p.px(20);
  int y = p.px(16);
  for (const auto& toast : toasts.children) {
    const int text_width = width - 2 * pad - icon - p.px(10);
    const auto label = p.text(toast.name, p.style(t.body, t.text, 500, text_width));
    const bool rtl = label->right_to_left;
    const int height = std::max(icon, Painter::text_height(*label)) + 2 * pad;
    const Rect box{screen.width - p.px(16) - width, y, width, height};
    p.fill_rounded(box, p.pxf(10), t.backdrop);
    p.fill_rounded(Rect{rtl ? box.x + box.width - p.px(4) : box.x, box.y, p.px(4), box.height}, p.pxf(2),
                   t.accent);
    const int icon_x = rtl ? box.x + box.width - pad - icon : box.x + pad;
    draw_icon(p, Icon::Info, Rect{icon_x, box.y + pad, icon, icon}, t.accent);
    p.paint(*label, rtl ? box.x + pad : box.x + pad + icon + p.px(10), box.y + pad);
    y += height + p.px(10);
  }
}

void draw_notice(Painter& p, const ui::Widget& notice, const Screen& screen) {
  const Theme& t = p.theme();
  const auto label = p.text(notice.name, p.style(t.body, t.text, 600, 0));
  const int pad_x = p.px(18);
  const int pad_y = p.px(10);
  const int width = std::min(label->width + 2 * pad_x, screen.width - p.px(32));
  const Rect box{(screen.width - width) / 2, p.px(16), width, label->height + 2 * pad_y};
  p.fill_rounded(box, box.height / 2.0, t.backdrop);
  if (t.high_contrast) p.stroke_rounded(box, box.height / 2.0, t.text, p.pxf(2));
  p.paint(*label, box.x + pad_x, box.y + pad_y);
}

void draw_captions_menu(Painter& p, const ui::Widget& menu, const Screen& screen, const Layout& layout) {
  const Theme& t = p.theme();
  const int row = std::max(p.px(40), p.px(t.body * 2.2));
  const int pad = p.px(6);
  int width = p.px(200);
  std::vector<TextPtr> labels;
  for (const auto& item : menu.children) {
    labels.push_back(p.text(item.name, p.style(t.body, t.text, item.selected ? 700 : 400)));
    width = std::max(width, labels.back()->width + p.px(64));
  }
  const int height = static_cast<int>(menu.children.size()) * row + 2 * pad;
  const Hit* anchor = layout.find(std::string(ui::ids::kCaptions));
  const int right = anchor != nullptr ? anchor->rect.x + anchor->rect.width : screen.width - p.px(16);
  const int bottom = screen.free_bottom - p.px(4);  // above the seek bar, over the captions button
  const Rect box{std::max(p.px(8), right - width), bottom - height, width, height};
  p.card(box);
  p.hit_area(menu.id, box);
  for (std::size_t i = 0; i < menu.children.size(); ++i) {
    const auto& item = menu.children[i];
    const Rect r{box.x + pad, box.y + pad + static_cast<int>(i) * row, box.width - 2 * pad, row};
    if (item.selected) {
      const int mark = p.px(18);
      draw_icon(p, Icon::Check, Rect{r.x + p.px(10), r.y + (row - mark) / 2, mark, mark}, t.accent);
    }
    p.paint(*labels[i], r.x + p.px(40), r.y + (row - labels[i]->height) / 2);
    p.hit(item, r);
    p.focusable(item, r, p.pxf(6));
  }
}

}  // namespace cuepoint::overlay
