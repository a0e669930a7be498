// Every bad input gets a TextError that says what is wrong.
#include <gtest/gtest.h>

#include <string>

#include "cuepoint/text/text_error.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "temp_dir.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::layout_error;
using testing::plain;
using testing::style_px;

TEST(BadInput, InvalidUtf8NamesTheByte) {
  EXPECT_EQ(layout_error(plain("ab\xFF"
                               "c"),
                         style_px(20)),
            "text is not valid UTF-8 at byte 2");
  EXPECT_EQ(layout_error(plain(std::string("a\0b", 3)), style_px(20)), "text is not valid UTF-8 at byte 1");
  EXPECT_EQ(layout_error(TextBlock{"ab", false, Composition{0, "\xE3\x81", 0}}, style_px(20)),
            "composition is not valid UTF-8 at byte 0");
}

TEST(BadInput, MalformedMarkupSaysWhereWithPangosMessage) {
  const std::string message = layout_error(TextBlock{"<b>bold</i>", true, std::nullopt}, style_px(20));
  EXPECT_EQ(message.rfind("text markup: Error on line 1 char ", 0), 0U) << message;
  EXPECT_NE(message.find("currently open element is"), std::string::npos) << message;
  EXPECT_EQ(
      layout_error(TextBlock{"<blink>x</blink>", true, std::nullopt}, style_px(20)).rfind("text markup: ", 0),
      0U);
}

TEST(BadInput, StyleOutOfRangeNamesTheField) {
  EXPECT_EQ(layout_error(plain("x"), style_px(0)), "text style: size_px must be in (0, 1000], got 0");
  EXPECT_EQ(layout_error(plain("x"), style_px(20), -2.5), "text style: scale must be in (0, 8], got -2.5");
  EXPECT_EQ(layout_error(plain("x"), style_px(20, -1)),
            "text style: max_width_px must be in 0..4096, got -1");
  TextStyle style = style_px(20);
  style.weight = 50;
  EXPECT_EQ(layout_error(plain("x"), style), "text style: weight must be in 100..1000, got 50");
  style = style_px(20);
  style.max_lines = 2;
  EXPECT_EQ(layout_error(plain("x"), style), "text style: max_lines needs max_width_px to wrap at");
  style = style_px(20);
  style.font_families = " , ";
  EXPECT_EQ(layout_error(plain("x"), style), "text style: font_families is empty");
}

TEST(BadInput, WritePngToAMissingFolderNamesThePath) {
  const cuepoint::testing::TempDir dir("text-png-bad");
  const TextRenderer renderer;
  const auto path = dir / "missing" / "x.png";
  try {
    write_png(renderer.render(plain("x"), style_px(20)), path);
    FAIL() << "expected TextError";
  } catch (const TextError& error) {
    EXPECT_EQ(std::string(error.what()).rfind(path.string() + ": cannot write the PNG: ", 0), 0U)
        << error.what();
  }
  EXPECT_THROW(write_png(renderer.render(plain(""), style_px(20)), dir / "empty.png"), TextError);
}

}  // namespace
}  // namespace cuepoint::text
