// Reading lesson files from disk: missing files, directories, the size limit.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cuepoint/lesson/parser.hpp"
#include "temp_dir.hpp"
#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
  const fs::path directory = fs::path(LESSON_FORMAT_TEST_SCRATCH);
  fs::create_directories(directory);
  return directory / name;
}

using cuepoint::testing::write_file;

TEST(ParserFileTest, ReadsTheCompleteExample) {
  const ParseResult result = parse_lesson_file(LESSON_FORMAT_TEST_DATA "/complete-lesson.xml");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.diagnostics.empty());
  const Lesson& lesson = *result.lesson;
  EXPECT_EQ(lesson.id, "fractions-101");
  EXPECT_EQ(lesson.language, "en");
  EXPECT_EQ(lesson.description,
            "How to add two fractions with different denominators, with checks along the way.");
  EXPECT_EQ(lesson.captions.size(), 2u);
  EXPECT_EQ(lesson.chapters.size(), 3u);
  ASSERT_EQ(lesson.cues.size(), 8u);
  EXPECT_EQ(lesson.cues[1].at, 83'400'000);
  EXPECT_EQ(lesson.cues[1].location, (SourceLocation{21, 3}));
  EXPECT_EQ(lesson.cues[1].question.location, (SourceLocation{22, 5}));
  EXPECT_EQ(lesson.cues[1].question.choices[1].location, (SourceLocation{25, 7}));
  EXPECT_EQ(lesson.cues[1].question.choices[1].feedback, "Add the numerators, keep the denominator.");
  EXPECT_EQ(lesson.cues[1].question.on_incorrect_seek, 65'000'000);
  EXPECT_DOUBLE_EQ(lesson.total_points(), 2 + 1 + 1 + 1.5 + 1);
}

TEST(ParserFileTest, MissingFile) {
  const ParseResult result = parse_lesson_file(scratch("does-not-exist.xml"));
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            scratch("does-not-exist.xml").string() + ": error: cannot open the file: it does not exist");
  EXPECT_FALSE(result.lesson.has_value());
}

TEST(ParserFileTest, Directory) {
  const ParseResult result = parse_lesson_file(LESSON_FORMAT_TEST_DATA);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].message, "cannot read the file: it is a directory");
}

TEST(ParserFileTest, FileOverTheLimitIsRefusedBeforeReading) {
  const fs::path path = scratch("too-large.xml");
  write_file(path, std::string(kMaxLessonFileBytes + 10, ' '));
  const ParseResult result = parse_lesson_file(path);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            path.string() +
                ": error: the file is 1048586 bytes; lesson files are limited to 1048576 bytes (1 MiB)");
}

TEST(ParserFileTest, EndlessStreamIsCutOffAtTheLimit) {
  if (!fs::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero";
  const ParseResult result = parse_lesson_file("/dev/zero");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            "/dev/zero: error: the file is more than 1048576 bytes; lesson files are limited to 1048576 "
            "bytes (1 MiB)");
}

TEST(ParserFileTest, FileAtTheLimitIsRead) {
  const fs::path path = scratch("at-limit.xml");
  std::string lesson =
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\"><title>T</title><video src=\"v.mp4\"/>"
      "<cue id=\"q\" at=\"1\"><question type=\"note\"><prompt>P</prompt></question></cue></lesson>";
  lesson += std::string(kMaxLessonFileBytes - lesson.size(), '\n');
  write_file(path, lesson);
  EXPECT_TRUE(parse_lesson_file(path).ok());
}

TEST(ParserFileTest, DiagnosticsNameTheFile) {
  const fs::path path = scratch("broken.xml");
  write_file(
      path,
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>T</title>\n</lesson>\n");
  const ParseResult result = parse_lesson_file(path);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            path.string() + ":1:1: error: <lesson> is missing its <video>");
}

}  // namespace
}  // namespace cuepoint::lesson
