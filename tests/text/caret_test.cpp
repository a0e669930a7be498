// Carets for text fields: arrow keys move visually through bidi text, clicks land on the nearest
// caret position, and indices off character boundaries are refused.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "cuepoint/text/text_error.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::kArabicMixed;
using testing::kHebrewMixed;
using testing::plain;
using testing::style_px;

// Walks from the visual left end to the right end with "→", recording each caret's x.
std::vector<std::pair<std::size_t, int>> walk_right(const TextLayout& layout) {
  std::size_t index = 0;
  for (CaretMove move{0, true}; move.moved;) {  // first to the left end
    move = layout.move_visually(index, -1);
    index = move.index;
  }
  std::vector<std::pair<std::size_t, int>> steps{{index, layout.caret(index).strong.x}};
  for (CaretMove move = layout.move_visually(index, 1); move.moved;
       move = layout.move_visually(move.index, 1)) {
    steps.emplace_back(move.index, layout.caret(move.index).strong.x);
    if (steps.size() > 4 * layout.text().size()) break;  // a loop would be a bug; stop and fail below
  }
  return steps;
}

void expect_visual_walk(const std::string& text) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(text), style_px(24));
  const auto steps = walk_right(layout);
  ASSERT_LE(steps.size(), 4 * text.size());
  std::set<std::size_t> visited;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    visited.insert(steps[i].first);
    if (i > 0) {
      EXPECT_GT(steps[i].second, steps[i - 1].second)
          << "caret moved left going right, at step " << i << " (index " << steps[i].first << ")";
    }
  }
  EXPECT_LE(steps.front().second, 1);
  EXPECT_GE(steps.back().second, layout.width() - 2);
  // Every character boundary is reachable with the arrow keys.
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      EXPECT_TRUE(visited.contains(i)) << "index " << i << " never reached";
    }
  }
}

TEST(Caret, MovesMonotonicallyRightThroughLatin) { expect_visual_walk("plain text 12"); }

TEST(Caret, MovesMonotonicallyRightThroughHebrewWithNumbersAndLatin) { expect_visual_walk(kHebrewMixed); }

TEST(Caret, MovesMonotonicallyRightThroughArabicWithNumbersAndLatin) { expect_visual_walk(kArabicMixed); }

TEST(Caret, RightArrowMovesTowardsTheStartOfRightToLeftText) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain("שלום"), style_px(24));
  const CaretMove move = layout.move_visually(layout.text().size(), 1);  // at the left end, going right
  EXPECT_TRUE(move.moved);
  EXPECT_LT(move.index, layout.text().size());
  EXPECT_FALSE(layout.move_visually(0, 1).moved);  // index 0 is the right end
}

TEST(Caret, HitTestReturnsTheCaretIndexUnderAPoint) {
  const TextRenderer renderer;
  for (const std::string& text : {std::string("hit test"), std::string("שלום עולם")}) {
    const TextLayout layout = renderer.layout(plain(text), style_px(24));
    const int y = layout.baseline() - 4;
    for (std::size_t i = 0; i <= text.size(); i = testing::next_boundary(text, i)) {
      const Caret caret = layout.caret(i);
      const Hit hit = layout.hit_test(caret.strong.x + 1, y);
      // Just right of a caret is the first half of the next character in LTR, the second half
      // of the previous one in RTL: both mean this caret position (or the text's visual end).
      if (caret.strong.x + 1 < layout.width()) {
        EXPECT_EQ(hit.index, i) << text << " at " << i;
      }
      if (i == text.size()) break;
    }
    EXPECT_FALSE(layout.hit_test(layout.width() + 50, y).inside);
  }
}

TEST(Caret, IndexInsideACharacterIsRefused) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain("שלום"), style_px(24));
  try {
    (void)layout.caret(1);  // inside the two-byte ש
    FAIL() << "expected TextError";
  } catch (const TextError& error) {
    EXPECT_STREQ(error.what(), "caret index 1 is not on a character boundary of a 8-byte text");
  }
  EXPECT_THROW((void)layout.caret(9), TextError);
  EXPECT_THROW((void)layout.move_visually(0, 2), TextError);
}

}  // namespace
}  // namespace cuepoint::text
