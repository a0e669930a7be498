#include "card_stack.hpp"

#include <algorithm>

namespace cuepoint::overlay {

void CardStack::add(int height, std::function<void(int, int)> draw, int gap_after) {
  items_.push_back(Item{height, std::move(draw), gap_after});
}

void CardStack::space(int pixels) {
  if (!items_.empty()) items_.back().gap_after += pixels;
}

Rect CardStack::draw(const ui::Widget& dialog, const Screen& screen, int padding, bool modal) {
  int content = 0;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    content += items_[i].height + (i + 1 < items_.size() ? items_[i].gap_after : 0);
  }
  const int width = inner_width_ + 2 * padding;
  const int height = content + 2 * padding;
  // Centred in the space above the control bar; a card taller than that starts at the top margin.
  const int free = screen.free_bottom;
  const int margin = p_.px(16);
  if (height > free - 2 * margin)
    p_.note_overflow(static_cast<double>(std::max(1, free - 2 * margin)) / height);
  const int top = std::max(margin, (free - height) / 2);
  const Rect card{(screen.width - width) / 2, top, width, height};
  if (modal) p_.scrim(screen.width, screen.height);
  p_.card(card);
  if (dialog.enabled) p_.hit_area(dialog.id, card);
  int y = card.y + padding;
  for (const auto& item : items_) {
    item.draw(card.x + padding, y);
    y += item.height + item.gap_after;
  }
  return card;
}

int card_width(const Painter& p, const Screen& screen, double preferred) {
  return std::max(p.px(200), std::min(p.px(preferred), screen.width - p.px(48)));
}

}  // namespace cuepoint::overlay
