// A dialog card laid out as a vertical stack: each item is measured first, so the card can be
// sized and centred before anything is painted, then drawn at its place.
#pragma once

#include <functional>
#include <vector>

#include "painter.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {

class CardStack {
 public:
  // `inner_width`: the content width; items are drawn from `left`.
  CardStack(Painter& p, int inner_width) : p_(p), inner_width_(inner_width) {}

  int inner_width() const { return inner_width_; }
  // An item `height` pixels tall, drawn by `draw(left, top)`; `gap_after` pixels follow it.
  void add(int height, std::function<void(int left, int top)> draw, int gap_after);
  // More room after the last item.
  void space(int pixels);
  // Centres the card in the free part of the screen (scrim behind it when `modal`), draws it
  // and its items; returns the card's rect. The card's panel stops clicks from reaching the video.
  // A disabled dialog (under another one) has no panel hit.
  Rect draw(const ui::Widget& dialog, const Screen& screen, int padding, bool modal);

 private:
  struct Item {
    int height;
    std::function<void(int, int)> draw;
    int gap_after;
  };
  Painter& p_;
  int inner_width_;
  std::vector<Item> items_;
};

// The width of a dialog card of `preferred` points on this screen (margins kept).
int card_width(const Painter& p, const Screen& screen, double preferred);

}  // namespace cuepoint::overlay
