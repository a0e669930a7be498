// Every subcommand that reads or edits a lesson, against the same bad inputs: a
// missing lesson file, a read-only one, invalid times, unknown ids and edits
// that would make the lesson invalid. Each must say what is wrong and where,
// exit with its status, and leave the teacher's hand-written file (comments and
// all) byte for byte as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "clip_folder_test.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Keep this comment. -->
<lesson xmlns="urn:cuepoint:lesson:1" id="bad-inputs" version="1">
  <title>Bad inputs</title>
  <video src="clip.mp4"/> <!-- the recording -->
  <chapter at="0" title="Start"/>
  <!-- the only question -->
  <cue id="q1" at="2">
    <question type="true-false">
      <prompt>Sure?</prompt>
      <choice id="true" correct="true">Yes</choice>
      <choice id="false">No</choice>
    </question>
  </cue>
</lesson>
)";

// A subcommand's arguments, LESSON standing for the lesson file.
using Arguments = std::vector<std::string>;

const std::vector<Arguments> kEdits = {
    {"cue", "add", "LESSON", "--at", "1", "--type", "note", "--prompt", "Hello"},
    {"cue", "edit", "LESSON", "q1", "--prompt", "Really?"},
    {"cue", "rm", "LESSON", "q1"},
    {"cue", "move", "LESSON", "q1", "--at", "3"},
    {"chapter", "add", "LESSON", "--at", "4", "--title", "More"},
    {"chapter", "rm", "LESSON", "--at", "0"},
    {"captions", "add", "LESSON", "CAPTIONS", "--lang", "en"},
    {"set", "LESSON", "--title", "New"},
};
const std::vector<Arguments> kReads = {
    {"cue", "list", "LESSON"}, {"chapter", "list", "LESSON"}, {"validate", "LESSON"}, {"probe", "LESSON"}};

std::string name_of(const Arguments& arguments) {
  return arguments[0] == "cue" || arguments[0] == "chapter" || arguments[0] == "captions"
             ? arguments[0] + " " + arguments[1]
             : arguments[0];
}

class BadInputsTest : public ClipFolderTest {
 protected:
  void SetUp() override {
    ClipFolderTest::SetUp();
    write_file(dir_ / "en.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n");
    write_file(lesson_, kLesson);
  }
  void TearDown() override { fs::permissions(lesson_, fs::perms::owner_write, fs::perm_options::add); }

  // `arguments` with LESSON and CAPTIONS filled in.
  Arguments with(Arguments arguments, const fs::path& lesson) const {
    for (std::string& argument : arguments) {
      if (argument == "LESSON") argument = lesson.string();
      if (argument == "CAPTIONS") argument = (dir_ / "en.vtt").string();
    }
    return arguments;
  }
};

TEST_F(BadInputsTest, EveryEditSucceedsOnTheHandWrittenLessonAndKeepsItsComments) {
  for (const Arguments& edit : kEdits) {
    write_file(lesson_, kLesson);
    const ProcessResult result = author(with(edit, lesson_));
    EXPECT_EQ(result.exit_code, 0) << name_of(edit) << ": " << result.err;
    const std::string after = read_file(lesson_);
    EXPECT_NE(after, kLesson) << name_of(edit);
    for (const char* kept :
         {"<!-- Keep this comment. -->\n", "<video src=\"clip.mp4\"/> <!-- the recording -->\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"})
      EXPECT_THAT(after, HasSubstr(kept)) << name_of(edit);
    // The comment about q1 stays right above it wherever q1 goes (unless q1 went).
    if (after.find("id=\"q1\"") != std::string::npos) {
      EXPECT_THAT(after, HasSubstr("  <!-- the only question -->\n  <cue id=\"q1\"")) << name_of(edit);
    }
    EXPECT_EQ(author({"validate", lesson_.string()}).exit_code, 0) << name_of(edit) << "\n" << after;
  }
}

TEST_F(BadInputsTest, AMissingLessonFileIsNamed) {
  const fs::path missing = dir_ / "missing.xml";
  for (const Arguments& command : kEdits) {
    const ProcessResult result = author(with(command, missing));
    EXPECT_EQ(result.exit_code, 1) << name_of(command);
    EXPECT_EQ(result.err,
              "cuepoint-author " + name_of(command) + ": " + missing.string() + ": no such lesson file\n");
  }
  for (const Arguments& command : kReads) {
    const ProcessResult result = author(with(command, missing));
    EXPECT_EQ(result.exit_code, 1) << name_of(command);
    EXPECT_THAT(result.err, HasSubstr(missing.string())) << name_of(command);
  }
  const ProcessResult suggest = author({"suggest", (dir_ / "clip.mp4").string(), "--add", missing.string()});
  EXPECT_EQ(suggest.exit_code, 1);
  EXPECT_EQ(suggest.err, "cuepoint-author suggest: " + missing.string() + ": no such lesson file\n");
  const ProcessResult preview = author({"preview", missing.string(), "-o", (dir_ / "sheet.png").string()});
  EXPECT_EQ(preview.exit_code, 1);
  EXPECT_THAT(preview.err,
              HasSubstr(missing.string() + ": error: cannot open the file: it does not exist\n"));
  EXPECT_FALSE(fs::exists(dir_ / "sheet.png"));
}

TEST_F(BadInputsTest, AReadOnlyLessonIsNotEditedButCanBeRead) {
  fs::permissions(lesson_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const std::string refusal = ": cannot edit " + lesson_.string() + ": " + lesson_.string() +
                              " is read-only (make it writable to edit it: chmod u+w " + lesson_.string() +
                              ")\n";
  for (const Arguments& command : kEdits) {
    const ProcessResult result = author(with(command, lesson_));
    EXPECT_EQ(result.exit_code, 1) << name_of(command);
    EXPECT_EQ(result.err, "cuepoint-author " + name_of(command) + refusal);
    EXPECT_EQ(read_file(lesson_), kLesson) << name_of(command);
  }
  const ProcessResult suggest = author({"suggest", (dir_ / "clip.mp4").string(), "--add", lesson_.string()});
  EXPECT_EQ(suggest.exit_code, 1);
  EXPECT_EQ(suggest.err, "cuepoint-author suggest" + refusal);
  for (const Arguments& command : kReads) {
    const ProcessResult result = author(with(command, lesson_));
    EXPECT_EQ(result.exit_code, 0) << name_of(command) << ": " << result.err;
  }
  EXPECT_EQ(read_file(lesson_), kLesson);
}

TEST_F(BadInputsTest, InvalidTimesAreUsageErrorsNamingTheOption) {
  const std::vector<std::pair<Arguments, std::string>> cases = {
      {{"cue", "add", "LESSON", "--at", "soon", "--type", "note", "--prompt", "x"}, "--at soon: "},
      {{"cue", "edit", "LESSON", "q1", "--at", "-1"}, "--at -1: "},
      {{"cue", "move", "LESSON", "q1", "--at", "1:75"}, "--at 1:75: "},
      {{"cue", "edit", "LESSON", "q1", "--on-correct-seek", "1:2:3:4"}, "--on-correct-seek 1:2:3:4: "},
      {{"chapter", "add", "LESSON", "--at", "2,5", "--title", "x"}, "--at 2,5: "},
      {{"chapter", "rm", "LESSON", "--at", "0:5"}, "--at 0:5: "},
  };
  for (const auto& [command, message] : cases) {
    const ProcessResult result = author(with(command, lesson_));
    EXPECT_EQ(result.exit_code, 2) << name_of(command) << ": " << result.err;
    EXPECT_THAT(result.err, HasSubstr("cuepoint-author " + name_of(command) + ": " + message));
    EXPECT_THAT(result.err, HasSubstr("(times are like 83.4, 1:23.4 or 1:02:03.5)"));
    EXPECT_EQ(read_file(lesson_), kLesson) << name_of(command);
  }
}

TEST_F(BadInputsTest, UnknownIdsAreNamedWithTheOnesThereAre) {
  for (const Arguments& command : std::vector<Arguments>{{"cue", "edit", "LESSON", "q7", "--prompt", "x"},
                                                         {"cue", "rm", "LESSON", "q7"},
                                                         {"cue", "move", "LESSON", "q7", "--at", "3"}}) {
    const ProcessResult result = author(with(command, lesson_));
    EXPECT_EQ(result.exit_code, 1) << name_of(command);
    EXPECT_EQ(result.err, "cuepoint-author " + name_of(command) + ": " + lesson_.string() +
                              ": no cue 'q7' (its cues: q1)\n");
  }
  const ProcessResult chapter = author({"chapter", "rm", lesson_.string(), "--at", "7"});
  EXPECT_EQ(chapter.exit_code, 1);
  EXPECT_EQ(chapter.err,
            "cuepoint-author chapter rm: " + lesson_.string() + ": no chapter at 0:07 (chapters at 0:00)\n");
  EXPECT_EQ(read_file(lesson_), kLesson);
}

TEST_F(BadInputsTest, EditsThatWouldMakeTheLessonInvalidGetTheValidatorsPosition) {
  const std::vector<std::pair<Arguments, std::string>> cases = {
      {{"cue", "move", "LESSON", "q1", "--at", "0:12"},
       ":8:3: error: cue 'q1' at 0:12 is beyond the end of the video (0:10)"},
      {{"chapter", "add", "LESSON", "--at", "0:20", "--title", "Late"}, ":7:3: error: "},
      {{"captions", "add", "LESSON", "CAPTIONS", "--lang", "not a tag"},
       ":6:26: error: invalid lang=\"not a tag\" on <captions>"},
      {{"set", "LESSON", "--pass-score", "101"}, ":6:13: error: invalid pass-score=\"101\" on <settings>"},
      {{"cue", "edit", "LESSON", "q1", "--correct", "true", "--correct", "false"}, ":9:5: error: "},
  };
  for (const auto& [command, message] : cases) {
    const ProcessResult result = author(with(command, lesson_));
    EXPECT_EQ(result.exit_code, 1) << name_of(command);
    EXPECT_THAT(result.err, HasSubstr(lesson_.string() + message)) << name_of(command);
    EXPECT_THAT(result.err, HasSubstr("cuepoint-author " + name_of(command) + ": " + lesson_.string() +
                                      " was not changed: the edit would make it invalid (see above)\n"))
        << name_of(command);
    EXPECT_EQ(read_file(lesson_), kLesson) << name_of(command);
  }
  // Nothing but what the test put there: no temporary file left behind.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir_.path()))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"clip.mp4", "en.vtt", "lesson.xml"}));
}

}  // namespace
}  // namespace cuepoint::testing
