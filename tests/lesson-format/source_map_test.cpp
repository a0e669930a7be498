#include "source_map.hpp"

#include <gtest/gtest.h>

namespace cuepoint::lesson {
namespace {

TEST(SourceMapTest, LinesAndColumnsAreOneBased) {
  const SourceMap map("ab\ncd\n");
  EXPECT_EQ(map.locate(0), (SourceLocation{1, 1}));
  EXPECT_EQ(map.locate(1), (SourceLocation{1, 2}));
  EXPECT_EQ(map.locate(3), (SourceLocation{2, 1}));
  EXPECT_EQ(map.locate(4), (SourceLocation{2, 2}));
  EXPECT_EQ(map.locate(6), (SourceLocation{3, 1}));
}

TEST(SourceMapTest, ColumnsCountCharactersNotBytes) {
  const std::string text = "\xC3\xA9t\xC3\xA9 <x";  // "été <x"
  const SourceMap map(text);
  EXPECT_EQ(map.locate(text.find('<')), (SourceLocation{1, 5}));
}

TEST(SourceMapTest, HandlesCrLfAndLoneCr) {
  const std::string text = "a\r\nb\rc";
  const SourceMap map(text);
  EXPECT_EQ(map.locate(text.find('b')), (SourceLocation{2, 1}));
  EXPECT_EQ(map.locate(text.find('c')), (SourceLocation{3, 1}));
}

TEST(SourceMapTest, ByteOrderMarkTakesNoColumn) {
  const std::string text = "\xEF\xBB\xBF<a>";
  const SourceMap map(text);
  EXPECT_EQ(map.locate(3), (SourceLocation{1, 1}));
}

TEST(SourceMapTest, OffsetsPastTheEndClampToTheEnd) {
  const SourceMap map("ab");
  EXPECT_EQ(map.locate(99), (SourceLocation{1, 3}));
}

}  // namespace
}  // namespace cuepoint::lesson
