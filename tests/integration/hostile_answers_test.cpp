// Answers files written carelessly or with malice: the player refuses each with
// one line naming the file (and position), exits 1, never crashes, never grows
// without bound, and records nothing from a run that did not start.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="hostile-answers" version="1" xml:lang="en">
  <title>Hostile answers</title>
  <video src="clip.mp4"/>
  <cue id="start" at="0.2">
    <question type="numeric">
      <prompt>Half of one?</prompt>
      <answer value="0.5" tolerance="0.01"/>
    </question>
  </cue>
</lesson>
)";

class HostileAnswers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("hostile-answers");
    run_or_throw({"ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=1",
                  "-c:v", "libx264", "-pix_fmt", "yuv420p", (*dir_ / "clip.mp4").string()});
    write_file(*dir_ / "lesson.xml", kLesson);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  // Plays with `answers` and expects refusal: exit 1, `message` on stderr, no database written.
  static void expect_refused(const std::string& answers, const std::string& message) {
    const auto database = *dir_ / "refused.sqlite";
    std::filesystem::remove(database);
    const auto result = run({CUEPOINT_BIN, (*dir_ / "lesson.xml").string(), "--headless", "--answers",
                             answers, "--db", database.string()},
                            60);
    EXPECT_EQ(result.signal, 0) << answers;
    EXPECT_EQ(result.exit_code, 1) << answers << "\n" << result.err;
    EXPECT_EQ(result.err, message + "\n") << answers;
    EXPECT_FALSE(std::filesystem::exists(database)) << "a refused run must not create the database";
  }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> HostileAnswers::dir_;

TEST_F(HostileAnswers, DeepNestingIsRefusedWithoutCrashing) {
  // 50,000 arrays deep crashed the player (stack overflow while building the message).
  const auto file = *dir_ / "deep.json";
  write_file(file, "{\"start\": " + std::string(50'000, '[') + std::string(50'000, ']') + "}");
  expect_refused(file.string(), "cuepoint: " + file.string() +
                                    ":1:42: error: nested deeper than 32 levels of arrays and objects");
}

TEST_F(HostileAnswers, EndlessInputIsRefusedAtTheSizeLimit) {
  expect_refused("/dev/zero",
                 "cuepoint: /dev/zero: error: larger than 1 MiB (is it really the JSON file meant here?)");
}

TEST_F(HostileAnswers, HugeNumbersNameTheFile) {
  const auto file = *dir_ / "huge.json";
  write_file(file, R"({"start": [1e400]})");
  expect_refused(file.string(), "cuepoint: " + file.string() +
                                    ":1:16: error: number out of range: number overflow parsing '1e400'");
}

TEST_F(HostileAnswers, DuplicateCuesAreRefusedNotLastWins) {
  const auto file = *dir_ / "twice.json";
  write_file(file, "{\n  \"start\": [0.4],\n  \"start\": [0.5]\n}\n");
  expect_refused(file.string(),
                 "cuepoint: " + file.string() +
                     ":3:3: error: key \"start\" appears twice in the same object (which one is meant?)");
}

TEST_F(HostileAnswers, LongValuesAreShortenedInMessages) {
  const auto file = *dir_ / "long.json";
  write_file(file, R"({"start": [{"x": ")" + std::string(10'000, 'y') + R"("}]})");
  expect_refused(file.string(),
                 "cuepoint: " + file.string() +
                     ": error: cue 'start' attempt 1: expected a number for numeric cue 'start', got "
                     "{\"x\":\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...");
}

}  // namespace
}  // namespace cuepoint::testing
