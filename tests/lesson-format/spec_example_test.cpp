// The complete example in docs/lesson-format.md is the test lesson itself, so the spec
// cannot drift from what the parser accepts.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cuepoint/lesson/parser.hpp"

namespace cuepoint::lesson {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(SpecExampleTest, DocumentedExampleIsTheTestedLesson) {
  const std::string spec = read_text(CUEPOINT_SOURCE_DIR "/docs/lesson-format.md");
  const std::string fence = "```xml\n";
  const auto start = spec.find(fence);
  ASSERT_NE(start, std::string::npos) << "no ```xml block in the spec";
  const auto end = spec.find("```", start + fence.size());
  ASSERT_NE(end, std::string::npos);
  const std::string example = spec.substr(start + fence.size(), end - start - fence.size());
  EXPECT_EQ(example, read_text(LESSON_FORMAT_TEST_DATA "/complete-lesson.xml"));
  EXPECT_TRUE(parse_lesson_string(example, "docs/lesson-format.md").ok());
}

}  // namespace
}  // namespace cuepoint::lesson
