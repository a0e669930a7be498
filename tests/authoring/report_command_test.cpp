// cuepoint-author report on a class of 30 learners who really played a lesson:
// `cuepoint --headless` runs 30 times with scripted answers into three device
// databases, two of which are also exported (JSON lines, CSV), so every record
// of those devices reaches the report twice and must count once.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <sstream>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// 8 s at 10 fps. q1 sends a wrong answer back to 0.3 s (rewatching seconds 0
// and 1); a right answer at q2 jumps from 5 s to 7 s (skipping seconds 5 and 6).
const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="class-check" version="4" xml:lang="en">
  <title>Class check</title>
  <video src="clip.mp4"/>
  <settings max-attempts="2"/>
  <cue id="q1" at="2">
    <question type="single-choice">
      <prompt>Which one?</prompt>
      <choice id="a" correct="true">A</choice>
      <choice id="b">B</choice>
      <choice id="c">C</choice>
      <on-incorrect seek="0.3"/>
    </question>
  </cue>
  <cue id="poll" at="4" required="false">
    <question type="poll">
      <prompt>Liked it?</prompt>
      <choice id="y">Yes</choice>
      <choice id="n">No</choice>
    </question>
  </cue>
  <cue id="q2" at="5">
    <question type="numeric">
      <prompt>Half of one?</prompt>
      <answer value="0.5" tolerance="0.01"/>
      <on-correct seek="7"/>
    </question>
  </cue>
</lesson>
)";

constexpr int kLearners = 30;

// Learner i (1..30): q1 right at once (i % 3 == 0), "b" then right (i % 3 == 1),
// or "c" then "b", out of attempts (i % 3 == 2); q2 0.4 then right when i % 5 == 0,
// else right at once; the poll "y" for even i, "n" for odd.
std::string answers_of(int i) {
  const char* q1 = i % 3 == 0 ? R"(["a"])" : i % 3 == 1 ? R"(["b", "a"])" : R"(["c", "b"])";
  const char* q2 = i % 5 == 0 ? "[0.4, 0.5]" : "[0.5]";
  const char* poll = i % 2 == 0 ? R"(["y"])" : R"(["n"])";
  return std::string("{\"q1\": ") + q1 + ", \"poll\": " + poll + ", \"q2\": " + q2 + "}";
}

std::string learner_id(int i) { return (i < 10 ? "s0" : "s") + std::to_string(i); }

ProcessResult author(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_AUTHOR_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

// The sections of the report's CSV, each as its rows of cells (a simple split:
// these figures hold no comma or quote).
std::map<std::string, std::vector<std::vector<std::string>>> csv_sections(const std::string& text) {
  std::map<std::string, std::vector<std::vector<std::string>>> sections;
  std::istringstream in(text);
  std::string line;
  std::string section;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      section.clear();
      continue;
    }
    if (section.empty()) {
      section = line;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (line.back() == ',') cells.emplace_back();
    sections[section].push_back(cells);
  }
  return sections;
}

class ReportCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("report-class");
    run_or_throw({FFMPEG_EXECUTABLE, "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc2=size=160x120:rate=10:duration=8", "-c:v", "libx264", "-g", "10", "-pix_fmt",
                  "yuv420p", (*dir_ / "clip.mp4").string()});
    write_file(*dir_ / "lesson.xml", kLesson);
    for (int i = 1; i <= kLearners; ++i) {
      const auto answers = *dir_ / ("answers-" + std::to_string(i) + ".json");
      write_file(answers, answers_of(i));
      // Ten learners share each of three tablets.
      const auto tablet = *dir_ / ("tablet-" + std::to_string((i - 1) / 10 + 1) + ".sqlite");
      const auto played =
          run({CUEPOINT_BINARY, (*dir_ / "lesson.xml").string(), "--headless", "--quiet", "--answers",
               answers.string(), "--db", tablet.string(), "--learner", learner_id(i)});
      ASSERT_EQ(played.exit_code, 0) << played.err;
    }
    for (const auto& [tablet, format, file] : {std::tuple{"tablet-1.sqlite", "jsonl", "tablet-1.jsonl"},
                                               std::tuple{"tablet-2.sqlite", "csv", "tablet-2.csv"}}) {
      const auto exported = run({CUEPOINT_BINARY, "export", "--db", (*dir_ / tablet).string(), "--format",
                                 format, "--out", (*dir_ / file).string()});
      ASSERT_EQ(exported.exit_code, 0) << exported.err;
      // "exported N records to ..."
      exported_records_ += std::stoi(exported.out.substr(std::string("exported ").size()));
    }
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::vector<std::string> class_inputs() {
    return {(*dir_ / "tablet-1.sqlite").string(), (*dir_ / "tablet-2.sqlite").string(),
            (*dir_ / "tablet-3.sqlite").string(), (*dir_ / "tablet-1.jsonl").string(),
            (*dir_ / "tablet-2.csv").string()};
  }

  static ProcessResult report(std::vector<std::string> extra) {
    auto arguments = std::vector<std::string>{"report"};
    const auto inputs = class_inputs();
    arguments.insert(arguments.end(), inputs.begin(), inputs.end());
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return author(arguments);
  }

  static std::unique_ptr<TempDir> dir_;
  static int exported_records_;
};

std::unique_ptr<TempDir> ReportCommand::dir_;
int ReportCommand::exported_records_ = 0;

TEST_F(ReportCommand, CsvFiguresOfTheClassAreExact) {
  const auto result = report({"--csv", "-"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "wrote the CSV report to standard output\n");
  auto sections = csv_sections(result.out);

  auto& questions = sections["questions"];
  ASSERT_EQ(questions.size(), 4U);  // header + 3
  // lesson, cue, time, type, graded, learners, first, share, finally, share, mean, max, wrong, top, count
  const std::vector<std::vector<std::string>> expected_questions = {
      {"class-check", "q1", "2", "single-choice", "true", "30", "10", "0.3333", "20", "0.6667", "1.6667", "2",
       "30", "b", "20"},
      {"class-check", "poll", "4", "poll", "false", "30", "", "", "", "", "1", "1", "0", "", "0"},
      {"class-check", "q2", "5", "numeric", "true", "30", "24", "0.8", "30", "1", "1.2", "2", "6", "0.4",
       "6"},
  };
  for (std::size_t i = 0; i < expected_questions.size(); ++i) {
    auto row = questions[i + 1];
    ASSERT_EQ(row.size(), 16U);
    // Time to answer: the wall clock between the pause and the answer, a few milliseconds headless.
    EXPECT_GE(std::stod(row.back()), 0.0);
    EXPECT_LT(std::stod(row.back()), 5.0);
    row.pop_back();
    EXPECT_EQ(row, expected_questions[i]);
  }

  auto& learners = sections["learners"];
  ASSERT_EQ(learners.size(), 31U);
  for (int i = 1; i <= kLearners; ++i) {
    const auto& row = learners[static_cast<std::size_t>(i)];
    SCOPED_TRACE(learner_id(i));
    // lesson, learner, name, sessions, score, max, percent, answered, total, completed, watched, seen
    const bool q1_right = i % 3 != 2;
    const bool rewatched = i % 3 != 0;  // sent back from 2 s to 0.3 s once
    EXPECT_EQ(row, (std::vector<std::string>{"class-check", learner_id(i), "", "1", q1_right ? "2" : "1", "2",
                                             q1_right ? "100" : "50", "3", "3", "true",
                                             rewatched ? "7.7" : "6", "6"}));
  }

  auto& timeline = sections["timeline"];
  ASSERT_EQ(timeline.size(), 9U);  // header + 8 seconds
  const std::vector<std::vector<std::string>> expected_timeline = {
      {"class-check", "0", "30", "20", "0"}, {"class-check", "1", "30", "20", "0"},
      {"class-check", "2", "30", "0", "0"},  {"class-check", "3", "30", "0", "0"},
      {"class-check", "4", "30", "0", "0"},  {"class-check", "5", "0", "0", "30"},
      {"class-check", "6", "0", "0", "30"},  {"class-check", "7", "30", "0", "0"},
  };
  for (std::size_t s = 0; s < expected_timeline.size(); ++s) EXPECT_EQ(timeline[s + 1], expected_timeline[s]);
}

TEST_F(ReportCommand, TheTerminalTableCountsExportedRecordsOnce) {
  const auto result = report({});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string inputs;
  for (const auto& input : class_inputs()) inputs += (inputs.empty() ? "" : ", ") + input;
  EXPECT_THAT(result.out, StartsWith("Class report: lesson class-check (version 4)\nFrom: " + inputs + "; " +
                                     std::to_string(exported_records_) +
                                     " records found again, counted once\n" + "30 learners, 30 sessions, "));
  EXPECT_THAT(result.out,
              HasSubstr("\n  q1    0:02  single-choice        30     33% (10)   67% (20)            "
                        "1.7 / 2  b (20 of 30 wrong) "));
  EXPECT_THAT(result.out,
              HasSubstr("\n  s01      -            1  2/2 (100%)       3/3  yes         75%     0:08\n"));
  EXPECT_THAT(result.out, HasSubstr("\n  0:00    rewatched |@@      |\n          skipped   |     @@ |\n"));
}

TEST_F(ReportCommand, WritesAnHtmlPageAndTheCsvFile) {
  const auto html = *dir_ / "class.html";
  const auto csv = *dir_ / "class.csv";
  const auto result = report({"--html", html.string(), "--csv", csv.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "wrote the CSV report to '" + csv.string() + "'\nwrote the HTML report to '" +
                            html.string() + "'\n");
  const auto page = read_file(html);
  EXPECT_THAT(page, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(page,
              HasSubstr("<title>q1: 33% correct at the first attempt, 67% finally (30 learners)</title>"));
  EXPECT_THAT(page, HasSubstr("<title>0:05: skipped 30 times</title>"));
  EXPECT_THAT(read_file(csv), StartsWith("questions\r\n"));
}

TEST_F(ReportCommand, AnUnknownLessonListsTheLessonsFound) {
  const auto result = report({"--lesson", "fractions"});
  EXPECT_EQ(result.exit_code, 1);
  std::string inputs;
  for (const auto& input : class_inputs()) inputs += (inputs.empty() ? "'" : ", '") + input + "'";
  EXPECT_EQ(result.err, "cuepoint-author report: no records of lesson 'fractions' in " + inputs +
                            "; lessons found: class-check\n");
  EXPECT_EQ(result.out, "");
}

TEST(ReportCommandInput, AnOutputNamingAnInputIsRefusedAndTheInputKept) {
  const TempDir dir("report-refuse");
  const auto input = dir / "tablet.jsonl";
  write_file(input, "\n");
  const auto result = author({"report", input.string(), "--html", input.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author report: '" + input.string() +
                            "' (--html) is an input of this report: choose another file\n");
  EXPECT_EQ(read_file(input), "\n");
}

TEST(ReportCommandInput, BadInputsAreNamedWithExitStatusOne) {
  const TempDir dir("report-bad");
  const auto missing = dir / "tablet-9.sqlite";
  auto result = author({"report", missing.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author report: '" + missing.string() + "': no such file\n");

  const auto notes = dir / "notes.jsonl";
  write_file(notes, "{\"record\": \"answer\"\n");
  result = author({"report", notes.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err,
              StartsWith("cuepoint-author report: " + notes.string() + ":1:20: error: invalid JSON: "));

  const auto empty = dir / "empty.jsonl";
  write_file(empty, "");
  result = author({"report", empty.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author report: nothing recorded in '" + empty.string() +
                "': no answers and no watch events (has anyone played a lesson on these devices?)\n");

  result = author({"report"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("inputs is required"));
}

TEST(ReportCommandInput, AnotherProgramsDatabaseIsRefused) {
  const TempDir dir("report-other");
  const auto other = dir / "photos.sqlite";
  run_or_throw({"sqlite3", other.string(), "CREATE TABLE photos (id INTEGER PRIMARY KEY);"});
  auto result = author({"report", other.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author report: database '" + other.string() +
                "' belongs to another program (application_id 0, 1 schema objects), not Cuepoint; it "
                "was left untouched\n");
}

}  // namespace
}  // namespace cuepoint::testing
