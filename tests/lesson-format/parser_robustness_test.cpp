// Damaged input never crashes the parser and never passes silently: every truncation
// and many single-byte corruptions of a valid lesson either parse to a lesson or give
// positioned errors.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cuepoint/lesson/parser.hpp"

namespace cuepoint::lesson {
namespace {

std::string complete_lesson() {
  std::ifstream in(LESSON_FORMAT_TEST_DATA "/complete-lesson.xml", std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void expect_consistent(const ParseResult& result, const std::string& what) {
  EXPECT_EQ(result.ok(), result.lesson.has_value()) << what;
  if (result.ok()) return;
  ASSERT_FALSE(result.diagnostics.empty()) << what;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    EXPECT_GE(diagnostic.line, 1) << what << ": " << diagnostic.to_string();
    EXPECT_GE(diagnostic.column, 1) << what << ": " << diagnostic.to_string();
    EXPECT_FALSE(diagnostic.message.empty()) << what;
  }
}

TEST(ParserRobustnessTest, EveryTruncationIsRefusedWithAPosition) {
  const std::string lesson = complete_lesson();
  ASSERT_TRUE(parse_lesson_string(lesson, "t.xml").ok());
  // Cutting anywhere before the end tag of <lesson> loses something.
  const std::size_t end_tag = lesson.rfind("</lesson>");
  for (std::size_t length = 0; length < end_tag; ++length) {
    const ParseResult result = parse_lesson_string(lesson.substr(0, length), "t.xml");
    EXPECT_FALSE(result.ok()) << "accepted a lesson cut after " << length << " bytes";
    if (length > 0) expect_consistent(result, "cut at " + std::to_string(length));
  }
}

TEST(ParserRobustnessTest, CorruptedBytesNeverCrash) {
  const std::string lesson = complete_lesson();
  for (char replacement : {'<', '>', '"', '&', '\0', '\xFF', '9', ':', ' '}) {
    for (std::size_t at = 0; at < lesson.size(); at += 7) {
      std::string corrupted = lesson;
      corrupted[at] = replacement;
      expect_consistent(parse_lesson_string(corrupted, "t.xml"), "byte " + std::to_string(at));
    }
  }
}

}  // namespace
}  // namespace cuepoint::lesson
