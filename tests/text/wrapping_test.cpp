// Lines break where the script allows (between words, dictionary-based for Thai), never inside a
// word; alignment follows the paragraph direction; max_lines ends in an ellipsis.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "cuepoint/text/text_renderer.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::kArabicMixed;
using testing::plain;
using testing::style_px;

// Every line after the first starts right after a space: no word was cut.
void expect_breaks_after_spaces(const std::string& text, const std::vector<LineExtent>& lines) {
  ASSERT_GE(lines.size(), 3U) << "the text should wrap onto several lines";
  EXPECT_EQ(lines.front().start_index, 0U);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t start = lines[i].start_index;
    ASSERT_GT(start, 0U);
    EXPECT_EQ(text[start - 1], ' ') << "line " << i << " starts inside a word: '" << text.substr(start)
                                    << "'";
    EXPECT_EQ(lines[i - 1].start_index + lines[i - 1].length, start) << "lines must be contiguous";
  }
  EXPECT_EQ(lines.back().start_index + lines.back().length, text.size());
}

TEST(Wrapping, LatinBreaksBetweenWordsWithinTheWidth) {
  const std::string text = "The denominator tells us how many equal parts the whole is cut into.";
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(text), style_px(20, 180));
  expect_breaks_after_spaces(text, layout.lines());
  for (const LineExtent& line : layout.lines()) EXPECT_LE(line.logical.x + line.logical.width, 180);
}

TEST(Wrapping, ArabicBreaksBetweenWordsAndLinesAreRightToLeft) {
  const TextRenderer renderer;
  const TextLayout layout = renderer.layout(plain(kArabicMixed), style_px(20, 140));
  expect_breaks_after_spaces(kArabicMixed, layout.lines());
  for (const LineExtent& line : layout.lines()) EXPECT_TRUE(line.right_to_left);
}

TEST(Wrapping, ThaiBreaksAtWordBoundariesWithoutSpaces) {
  std::string text;
  std::set<std::size_t> word_starts;
  for (int repeat = 0; repeat < 3; ++repeat) {
    for (const std::string& word : testing::kThaiWords) {
      word_starts.insert(text.size());
      text += word;
    }
  }
  const TextRenderer renderer;
  const std::vector<LineExtent> lines = renderer.layout(plain(text), style_px(20, 150)).lines();
  ASSERT_GE(lines.size(), 3U);
  for (const LineExtent& line : lines) {
    EXPECT_TRUE(word_starts.contains(line.start_index))
        << "a line starts inside a Thai word: '" << text.substr(line.start_index, 30) << "'";
  }
}

TEST(Wrapping, MaxLinesEndsWithAnEllipsis) {
  const std::string text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
  const TextRenderer renderer;
  TextStyle style = style_px(20, 120);
  EXPECT_GT(renderer.layout(plain(text), style).lines().size(), 2U);
  style.max_lines = 2;
  const TextLayout layout = renderer.layout(plain(text), style);
  ASSERT_EQ(layout.lines().size(), 2U);
  // The ellipsis is drawn in place of the rest: the second line's logical length covers the rest
  // of the text, but it still fits the width.
  EXPECT_EQ(layout.lines()[1].start_index + layout.lines()[1].length, text.size());
  EXPECT_LE(layout.lines()[1].logical.x + layout.lines()[1].logical.width, 120);
}

struct Edges {
  int left;
  int right;
};

Edges line_edges(const TextRenderer& renderer, const std::string& text, Align align) {
  TextStyle style = style_px(20, 400);
  style.align = align;
  const TextLayout layout = renderer.layout(plain(text), style);
  EXPECT_EQ(layout.width(), 400);  // the buffer spans the wrap width, so alignment survives in it
  const PixelRect box = layout.lines().front().logical;
  return {box.x, 400 - (box.x + box.width)};
}

TEST(Wrapping, EndAlignmentIsRightForLeftToRightAndLeftForRightToLeft) {
  const TextRenderer renderer;
  const Edges ltr_end = line_edges(renderer, "Hello world", Align::End);
  EXPECT_LE(ltr_end.right, 1);
  EXPECT_GT(ltr_end.left, 200);
  const Edges rtl_end = line_edges(renderer, "שלום עולם", Align::End);
  EXPECT_LE(rtl_end.left, 1);
  EXPECT_GT(rtl_end.right, 200);
  const Edges ltr_start = line_edges(renderer, "Hello world", Align::Start);
  EXPECT_LE(ltr_start.left, 1);
  const Edges rtl_start = line_edges(renderer, "שלום עולם", Align::Start);
  EXPECT_LE(rtl_start.right, 1);
  const Edges centre = line_edges(renderer, "שלום עולם", Align::Centre);
  EXPECT_NEAR(centre.left, centre.right, 2);
}

TEST(Wrapping, ForcedRightToLeftStartsLatinTextOnTheRight) {
  const TextRenderer renderer;
  TextStyle style = style_px(20, 400);
  style.direction = Direction::RightToLeft;
  const PixelRect box = renderer.layout(plain("Hello world"), style).lines().front().logical;
  EXPECT_GE(box.x + box.width, 399);
}

TEST(Wrapping, LineSpacingSpreadsTheBaselines) {
  const std::string text = "one two three four five six seven eight";
  const TextRenderer renderer;
  TextStyle style = style_px(20, 120);
  const auto gap = [&](double spacing) {
    style.line_spacing = spacing;
    const std::vector<LineExtent> lines = renderer.layout(plain(text), style).lines();
    return lines.at(1).baseline - lines.at(0).baseline;
  };
  EXPECT_NEAR(gap(2.0), 2 * gap(1.0), 2);
}

}  // namespace
}  // namespace cuepoint::text
