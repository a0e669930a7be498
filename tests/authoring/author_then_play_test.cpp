// A whole lesson made only with cuepoint-author commands, then played by the
// real player with scripted answers: what a teacher builds is what a student gets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

void author_ok(const std::vector<std::string>& arguments) {
  const ProcessResult result = author(arguments);
  ASSERT_EQ(result.exit_code, 0) << arguments[0] << ": " << result.err;
}

TEST(AuthorThenPlayTest, LessonBuiltByCommandsPlaysEndToEnd) {
  const TempDir dir("authoring-end-to-end");
  run_or_throw({FFMPEG_EXECUTABLE, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=duration=10:size=160x120:rate=25", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-g",
                "25", (dir / "lecture.mp4").string()});
  const std::string lesson = (dir / "lesson.xml").string();
  author_ok({"new", (dir / "lecture.mp4").string(), "--title", "Built by commands", "--lang", "en"});
  author_ok({"chapter", "add", lesson, "--at", "0", "--title", "Intro"});
  author_ok({"chapter", "add", lesson, "--at", "5", "--title", "Practice"});
  author_ok({"cue", "add", lesson, "--at", "2", "--type", "single-choice", "--prompt", "1/4 + 1/4?",
             "--choice", "1/2", "--choice", "2/8", "--correct", "1", "--feedback-incorrect",
             "Add the numerators", "--on-incorrect-seek", "1"});
  author_ok({"cue", "add", lesson, "--at", "6", "--type", "text", "--prompt", "The bottom number?",
             "--accept", "denominator"});
  author_ok({"cue", "add", lesson, "--at", "4", "--type", "numeric", "--prompt", "3/4 as a decimal?",
             "--answer", "0.75", "--tolerance", "0.001", "--points", "2"});
  author_ok(
      {"cue", "add", lesson, "--at", "0:08.5", "--type", "note", "--prompt", "Well done", "--no-pause"});
  author_ok({"set", lesson, "--pass-score", "60", "--max-attempts", "2"});

  const ProcessResult validated = author({"validate", lesson});
  ASSERT_EQ(validated.exit_code, 0) << validated.err;
  EXPECT_EQ(validated.out, lesson + ": valid (4 cues, video 0:10)\n");

  // q1 wrong first (rewatch from 0:01), then right; q2 and q3 right at once.
  write_file(dir / "answers.json", R"({"q1": ["b", "a"], "q3": [0.75], "q2": ["Denominator"]})");
  const ProcessResult played =
      run({CUEPOINT_BINARY, lesson, "--headless", "--answers", (dir / "answers.json").string(), "--events",
           "-", "--db", (dir / "responses.sqlite").string()});
  ASSERT_EQ(played.exit_code, 0) << played.err;
  std::vector<std::string> trace;
  for (const nlohmann::json& event : json_lines(played.out)) {
    const std::string kind = event["event"];
    if (kind == "cue") trace.push_back("cue " + event["cue"].get<std::string>());
    if (kind == "answer") {
      trace.push_back("answer " + event["cue"].get<std::string>() +
                      (event["correct"].get<bool>() ? " right" : " wrong"));
    }
    if (kind == "seek")
      trace.push_back("seek " + event["reason"].get<std::string>() + " " + event["to"].dump());
    if (kind == "end") {
      EXPECT_EQ(event["score"], 4.0);
      EXPECT_EQ(event["max_score"], 4.0);
      EXPECT_EQ(event["passed"], true);
      EXPECT_EQ(event["cues_completed"], 4);
    }
  }
  EXPECT_EQ(trace, (std::vector<std::string>{"cue q1", "answer q1 wrong", "seek remediation 1.0", "cue q1",
                                             "answer q1 right", "cue q3", "answer q3 right", "cue q2",
                                             "answer q2 right", "cue q4"}));
}

}  // namespace
}  // namespace cuepoint::testing
