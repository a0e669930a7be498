// Every samples/*/lesson.xml in the source tree (found when the test runs) must parse
// without errors and survive a write / parse round trip.
#include <gtest/gtest.h>

#include <filesystem>

#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/writer.hpp"

namespace cuepoint::lesson {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sample_lessons() {
  std::vector<fs::path> lessons;
  const fs::path samples = fs::path(CUEPOINT_SOURCE_DIR) / "samples";
  if (!fs::is_directory(samples)) return lessons;
  for (const fs::directory_entry& entry : fs::directory_iterator(samples)) {
    const fs::path lesson = entry.path() / "lesson.xml";
    if (fs::is_regular_file(lesson)) lessons.push_back(lesson);
  }
  std::sort(lessons.begin(), lessons.end());
  return lessons;
}

std::string printed(const ParseResult& result) {
  std::string text;
  for (const Diagnostic& diagnostic : result.diagnostics) text += diagnostic.to_string() + "\n";
  return text;
}

TEST(SampleLessonsTest, ParseAndRoundTrip) {
  const std::vector<fs::path> lessons = sample_lessons();
  if (lessons.empty()) GTEST_SKIP() << "no samples/*/lesson.xml in " << CUEPOINT_SOURCE_DIR;
  for (const fs::path& path : lessons) {
    SCOPED_TRACE(path.string());
    const ParseResult original = parse_lesson_file(path);
    ASSERT_TRUE(original.ok()) << printed(original);
    const std::string written = write_lesson(*original.lesson);
    const ParseResult reparsed = parse_lesson_string(written, path.string() + " (rewritten)");
    ASSERT_TRUE(reparsed.ok()) << printed(reparsed) << written;
    EXPECT_EQ(*reparsed.lesson, *original.lesson);
    EXPECT_EQ(write_lesson(*reparsed.lesson), written);
  }
}

}  // namespace
}  // namespace cuepoint::lesson
