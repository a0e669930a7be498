// IME composition (preedit) text shows inside the field, underlined, with its own cursor.
#include <gtest/gtest.h>

#include "cuepoint/text/text_error.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::inked_columns;
using testing::style_px;

const std::string kCommitted = "ab cd";
const std::string kComposing = "にほ";  // two 3-byte characters

TextBlock composing(std::size_t cursor) {
  return TextBlock{kCommitted, false, Composition{3, kComposing, cursor}};
}

TEST(Composition, IsSplicedIntoTheTextWithItsCursor) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(composing(3), style_px(24));
  EXPECT_EQ(layout.text(), "ab にほcd");
  EXPECT_EQ(layout.composition_caret(), 6U);  // after に
  EXPECT_EQ(renderer.layout(testing::plain(kCommitted), style_px(24)).composition_caret(), kCommitted.size());
}

TEST(Composition, IsUnderlinedAndTheCommittedTextIsNot) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(composing(0), style_px(24));
  const RenderedText with = layout.render();
  const RenderedText without = renderer.render(testing::plain(layout.text()), style_px(24));
  ASSERT_EQ(with.width, without.width);
  const int x0 = layout.caret(3).strong.x + 2;
  const int x1 = layout.caret(9).strong.x - 2;
  const int after_x0 = layout.caret(9).strong.x + 2;
  const int after_x1 = layout.caret(11).strong.x - 2;
  ASSERT_GT(x1 - x0, 20);
  // Somewhere in the rows just under the baseline, the composition is inked nearly all the way
  // across (the underline); the same rows under "cd" and under the plain text are not.
  int best_with = 0;
  int best_without = 0;
  int best_committed = 0;
  for (int y = with.baseline + 1; y < with.baseline + 6 && y < with.height; ++y) {
    best_with = std::max(best_with, inked_columns(with, y, x0, x1));
    best_without = std::max(best_without, inked_columns(without, y, x0, x1));
    best_committed = std::max(best_committed, inked_columns(with, y, after_x0, after_x1));
  }
  EXPECT_GE(best_with, (x1 - x0) * 9 / 10);
  EXPECT_LT(best_without, (x1 - x0) / 2);
  EXPECT_LT(best_committed, (after_x1 - after_x0) / 2);
}

TEST(Composition, OutsideTheTextOrInsideACharacterIsRefused) {
  TextBlock block = composing(0);
  block.composition->at = 9;
  EXPECT_EQ(testing::layout_error(block, style_px(24)),
            "composition position 9 is not on a character boundary of a 5-byte text");
  EXPECT_EQ(testing::layout_error(composing(1), style_px(24)),
            "composition cursor 1 is not on a character boundary of a 6-byte text");
  block = composing(0);
  block.markup = true;
  EXPECT_EQ(testing::layout_error(block, style_px(24)), "text: a composition needs plain text, not markup");
}

}  // namespace
}  // namespace cuepoint::text
