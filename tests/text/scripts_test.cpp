// Every script the students read is shaped with an installed font (no hex boxes) and laid out in
// its own direction, digits and Latin words inside right-to-left text keeping theirs.
#include <gtest/gtest.h>

#include <algorithm>

#include "cuepoint/text/text_renderer.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::kArabicMixed;
using testing::kDevanagari;
using testing::kHebrewMixed;
using testing::plain;
using testing::style_px;

// The left edge of the character at byte `index`, wherever the bidi algorithm put it.
int left_of(const TextLayout& layout, std::size_t index) {
  const PixelRect box = layout.character_box(index);
  return std::min(box.x, box.x + box.width);
}

int right_of(const TextLayout& layout, std::size_t index) {
  const PixelRect box = layout.character_box(index);
  return std::max(box.x, box.x + box.width);
}

std::size_t index_of(const std::string& text, const std::string& part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return at;
}

TEST(Scripts, ArabicWithDigitsAndLatinHasNoUnknownGlyphsAndStartsOnTheRight) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(kArabicMixed), style_px(24));
  EXPECT_EQ(layout.unknown_glyphs(), 0);
  EXPECT_TRUE(layout.right_to_left());
  // The first logical character (م) is at the right end of the line, the last one (")") at the left.
  EXPECT_GE(right_of(layout, 0), layout.width() - 2);
  EXPECT_LE(left_of(layout, kArabicMixed.size() - 1), 2);
  // Embedded left-to-right runs keep their order: "20" reads 2 then 0, "fraction" f then n.
  const std::size_t twenty = index_of(kArabicMixed, "20");
  EXPECT_LT(left_of(layout, twenty), left_of(layout, twenty + 1));
  const std::size_t latin = index_of(kArabicMixed, "fraction");
  EXPECT_LT(left_of(layout, latin), left_of(layout, latin + 7));
  // And the Arabic before "20" ("من") is to its right.
  EXPECT_GT(left_of(layout, index_of(kArabicMixed, "من")), left_of(layout, twenty));
}

TEST(Scripts, HebrewWithNumberAndLatinWordIsRightToLeftWithRunsInOrder) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(kHebrewMixed), style_px(24));
  EXPECT_EQ(layout.unknown_glyphs(), 0);
  EXPECT_TRUE(layout.right_to_left());
  EXPECT_GE(right_of(layout, 0), layout.width() - 2);
  // SDL_ttf draws this as "dlrow 321"; here 1 is left of 3 and w left of d.
  const std::size_t digits = index_of(kHebrewMixed, "123");
  EXPECT_LT(left_of(layout, digits), left_of(layout, digits + 2));
  const std::size_t world = index_of(kHebrewMixed, "world");
  EXPECT_LT(left_of(layout, world), left_of(layout, world + 4));
  // Logical order "שלום" then "123" then "world" is visual right to left.
  EXPECT_GT(left_of(layout, digits), left_of(layout, world));
}

TEST(Scripts, DevanagariHasNoUnknownGlyphsAndIsLeftToRight) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(kDevanagari), style_px(24));
  EXPECT_EQ(layout.unknown_glyphs(), 0);
  EXPECT_FALSE(layout.right_to_left());
  EXPECT_LE(left_of(layout, 0), 2);
}

TEST(Scripts, ThaiHasNoUnknownGlyphs) {
  const TextRenderer renderer;
  std::string thai;
  for (const std::string& word : testing::kThaiWords) thai += word;
  const TextLayout layout = renderer.layout(plain(thai), style_px(24));
  EXPECT_EQ(layout.unknown_glyphs(), 0);
  EXPECT_FALSE(layout.right_to_left());
}

TEST(Scripts, ACharacterNoFontCoversIsCountedAsUnknown) {
  // U+0378 is unassigned: no font has it, so the zero counts above are not vacuous.
  const TextRenderer renderer;
  EXPECT_EQ(renderer
                .layout(plain("a\xCD\xB8"
                              "b"),
                        style_px(24))
                .unknown_glyphs(),
            1);
}

TEST(Scripts, ForcedDirectionOverridesTheText) {
  const TextRenderer renderer;
  TextStyle rtl = style_px(24);
  rtl.direction = Direction::RightToLeft;
  EXPECT_TRUE(renderer.layout(plain("Hello"), rtl).right_to_left());
  TextStyle ltr = style_px(24);
  ltr.direction = Direction::LeftToRight;
  const TextLayout layout = renderer.layout(plain(kHebrewMixed), ltr);
  EXPECT_FALSE(layout.right_to_left());
  // UAX #9 in a left-to-right paragraph: the number after the Hebrew word joins its right-to-left
  // run, so left to right it reads "123 םולש world".
  const std::size_t digits = index_of(kHebrewMixed, "123");
  EXPECT_LE(left_of(layout, digits), 2);
  EXPECT_GT(left_of(layout, kHebrewMixed.find(' ') - 2), right_of(layout, digits + 2));  // ם after 3
  EXPECT_GE(right_of(layout, kHebrewMixed.size() - 1), layout.width() - 2);
}

TEST(Scripts, NeutralTextIsLeftToRight) {
  const TextRenderer renderer;
  EXPECT_FALSE(renderer.layout(plain("3/4 = 0.75"), style_px(24)).right_to_left());
}

}  // namespace
}  // namespace cuepoint::text
