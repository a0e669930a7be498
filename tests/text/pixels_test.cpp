// The pixel buffer: premultiplied ARGB32 in the style's colour, sized for the HiDPI scale.
#include <gtest/gtest.h>

#include <cstring>

#include "cuepoint/text/text_renderer.hpp"
#include "temp_dir.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::plain;
using testing::style_px;

std::uint32_t most_opaque(const RenderedText& text) {
  std::uint32_t best = 0;
  for (int y = 0; y < text.height; ++y) {
    for (int x = 0; x < text.width; ++x) {
      if ((text.pixel(x, y) >> 24) > (best >> 24)) best = text.pixel(x, y);
    }
  }
  return best;
}

TEST(Pixels, ScaleTwoDoublesTheSizeAndTheBaseline) {
  const TextRenderer renderer;
  const TextStyle style = style_px(20);
  const RenderedText one = renderer.render(plain("Scale me: שלום"), style, 1.0);
  const RenderedText two = renderer.render(plain("Scale me: שלום"), style, 2.0);
  EXPECT_NEAR(two.width, 2 * one.width, 2);
  EXPECT_NEAR(two.height, 2 * one.height, 2);
  EXPECT_NEAR(two.baseline, 2 * one.baseline, 2);
  EXPECT_EQ(two.stride, two.width * 4);
  EXPECT_EQ(two.pixels.size(), static_cast<std::size_t>(two.stride * two.height));
  // Wrapped text keeps its line breaks: the wrap width scales with the font.
  const std::string long_text = "one two three four five six seven eight nine ten";
  const RenderedText wrapped_one = renderer.render(plain(long_text), style_px(20, 150), 1.0);
  const RenderedText wrapped_two = renderer.render(plain(long_text), style_px(20, 150), 2.0);
  EXPECT_EQ(wrapped_two.width, 300);
  ASSERT_EQ(wrapped_one.lines.size(), wrapped_two.lines.size());
  for (std::size_t i = 0; i < wrapped_one.lines.size(); ++i) {
    EXPECT_EQ(wrapped_one.lines[i].start_index, wrapped_two.lines[i].start_index);
  }
}

TEST(Pixels, AreThePremultipliedStyleColour) {
  const TextRenderer renderer;
  TextStyle style = style_px(60);
  style.weight = 900;
  style.colour = {255, 0, 0, 255};
  EXPECT_EQ(most_opaque(renderer.render(plain("I"), style)), 0xFFFF0000U);
  style.colour = {0, 0, 255, 128};
  const RenderedText half = renderer.render(plain("I"), style);
  const std::uint32_t premultiplied = most_opaque(half);
  EXPECT_EQ(premultiplied, 0x80000080U);
  // straight_alpha() undoes the premultiplication for the software renderer's plain blending.
  const std::vector<std::uint8_t> straight = straight_alpha(half);
  bool found = false;
  for (std::size_t offset = 0; offset < straight.size(); offset += 4) {
    std::uint32_t value = 0;
    std::memcpy(&value, straight.data() + offset, 4);
    if ((value >> 24) == 0x80) {
      EXPECT_EQ(value, 0x800000FFU);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Pixels, AreTransparentAroundTheText) {
  const TextRenderer renderer;
  const RenderedText text = renderer.render(plain("x"), style_px(20, 200));
  EXPECT_EQ(text.pixel(text.width - 1, 0), 0U);  // far right of a start-aligned line
}

TEST(Pixels, MarkupMakesWordsBold) {
  const TextRenderer renderer;
  const auto ink = [](const RenderedText& text) {
    long total = 0;
    for (int y = 0; y < text.height; ++y) {
      for (int x = 0; x < text.width; ++x) total += text.pixel(x, y) >> 24;
    }
    return total;
  };
  const RenderedText regular = renderer.render(plain("feedback"), style_px(24));
  const RenderedText bold = renderer.render(TextBlock{"<b>feedback</b>", true, std::nullopt}, style_px(24));
  EXPECT_GT(ink(bold), ink(regular) * 5 / 4);
}

TEST(Pixels, EmptyTextHasALineHeightAndNoPixels) {
  const TextRenderer renderer;
  const RenderedText text = renderer.render(plain(""), style_px(20));
  EXPECT_EQ(text.width, 0);
  EXPECT_GT(text.height, 15);
  EXPECT_TRUE(text.pixels.empty());
}

TEST(Pixels, WritePngWritesAPngFile) {
  const cuepoint::testing::TempDir dir("text-png");
  const TextRenderer renderer;
  write_png(renderer.render(plain("PNG"), style_px(20)), dir / "block.png");
  const std::string bytes = cuepoint::testing::read_file(dir / "block.png");
  ASSERT_GT(bytes.size(), 8U);
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
}

}  // namespace
}  // namespace cuepoint::text
