// Runs the real `cuepoint --headless` on media generated at test time and checks
// what a student would get: the exact frame at each cue, grading, remediation,
// the event stream, the exit status and the recorded answers.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <regex>

#include "clip_fixture.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

using nlohmann::json;

// A 4 s, 25 fps clip with B-frames and audio: frames at 0, 0.04, ..., 3.96 s.
const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="headless-check" version="3" xml:lang="en">
  <title>Headless check</title>
  <video src="clip.mp4"/>
  <settings allow-skip-ahead="true" pass-score="50" max-attempts="2"/>
  <cue id="start" at="0">
    <question type="single-choice">
      <prompt>First frame?</prompt>
      <choice id="a" correct="true">Yes</choice>
      <choice id="b" correct="false">No</choice>
    </question>
  </cue>
  <cue id="boundary" at="0.52">
    <question type="numeric">
      <prompt>Half of one?</prompt>
      <answer value="0.5" tolerance="0.01"/>
    </question>
  </cue>
  <cue id="just-before" at="0:00.999999">
    <question type="true-false">
      <prompt>Is the sky green?</prompt>
      <choice id="true" correct="false">True</choice>
      <choice id="false" correct="true">False</choice>
      <on-incorrect seek="0.3"/>
    </question>
  </cue>
  <cue id="aside" at="2" pause="false" required="false">
    <question type="note"><prompt>Just a note.</prompt></question>
  </cue>
  <cue id="poll" at="2.5" required="false">
    <question type="poll">
      <prompt>Liked it?</prompt>
      <choice id="y">Yes</choice>
      <choice id="n">No</choice>
    </question>
  </cue>
  <cue id="last" at="3.999">
    <question type="multiple-choice">
      <prompt>Pick the primes</prompt>
      <choice id="two" correct="true">2</choice>
      <choice id="three" correct="true">3</choice>
      <choice id="four" correct="false">4</choice>
    </question>
  </cue>
</lesson>
)";

const char* const kAnswers = R"({
  "start": ["a"],
  "boundary": [0.5],
  "just-before": ["true", "false"],
  "last": [["two", "four"], ["three", "two"]]
})";

class HeadlessPlayer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("headless");
    clip_ = std::make_unique<ReferenceClip>(
        make_reference_clip(dir_->path(), "clip.mp4",
                            {"-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4", "-f", "lavfi",
                             "-i", "sine=frequency=440:duration=4", "-c:v", "libx264", "-bf", "3", "-g", "50",
                             "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"}));
    write_file(*dir_ / "lesson.xml", kLesson);
    write_file(*dir_ / "answers.json", kAnswers);
  }
  static void TearDownTestSuite() {
    clip_.reset();
    dir_.reset();
  }

  struct Run {
    ProcessResult process;
    std::vector<json> events;
  };

  static Run play(const std::string& tag, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {CUEPOINT_BIN,
                                     (*dir_ / "lesson.xml").string(),
                                     "--headless",
                                     "--answers",
                                     (*dir_ / "answers.json").string(),
                                     "--events",
                                     (*dir_ / (tag + ".events")).string(),
                                     "--frames-dir",
                                     (*dir_ / (tag + "-frames")).string(),
                                     "--db",
                                     (*dir_ / (tag + ".sqlite")).string(),
                                     "--learner",
                                     "ada"};
    args.insert(args.end(), extra.begin(), extra.end());
    Run run;
    run.process = run_or_report(args);
    run.events = json_lines(read_file(*dir_ / (tag + ".events")));
    return run;
  }

  static ProcessResult run_or_report(const std::vector<std::string>& args) {
    auto result = run(args, 120);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result;
  }

  static std::vector<json> of_kind(const std::vector<json>& events, const std::string& kind) {
    std::vector<json> matching;
    for (const auto& event : events) {
      if (event["event"] == kind) matching.push_back(event);
    }
    return matching;
  }

  // Every pausing cue's PNG must be FFmpeg's own decode of the frame the cue time selects.
  static void expect_exact_frames(const std::string& tag, const std::vector<json>& events) {
    const std::map<std::string, std::int64_t> cue_times = {{"start", 0},
                                                           {"boundary", 520'000},
                                                           {"just-before", 999'999},
                                                           {"poll", 2'500'000},
                                                           {"last", 3'999'000}};
    int checked = 0;
    for (const auto& cue : of_kind(events, "cue")) {
      if (!cue["pause"].get<bool>()) continue;
      const auto id = cue["cue"].get<std::string>();
      const auto expected = clip_->frame_at(cue_times.at(id));
      EXPECT_NEAR(cue["frame_time"].get<double>(), clip_->frame_times[expected] / 1e6, 1e-6)
          << tag << " " << id;
      const auto png =
          *dir_ / (tag + "-frames") / (id + "-" + std::to_string(cue["firing"].get<int>()) + ".png");
      ASSERT_TRUE(std::filesystem::exists(png)) << png;
      const auto image = decode_image_rgb(png);
      const double here = clip_->difference(expected, image);
      EXPECT_EQ(here, 0.0) << tag << " cue " << id << " does not show frame " << expected;
      for (std::size_t neighbour : {expected - 1, expected + 1}) {
        if (neighbour >= clip_->frame_times.size()) continue;
        EXPECT_LT(here, clip_->difference(neighbour, image))
            << tag << " cue " << id << " is closer to frame " << neighbour << " than to " << expected;
      }
      ++checked;
    }
    EXPECT_EQ(checked, 7);  // start, boundary and just-before twice each, poll, last
  }

  static std::unique_ptr<TempDir> dir_;
  static std::unique_ptr<ReferenceClip> clip_;
};

std::unique_ptr<TempDir> HeadlessPlayer::dir_;
std::unique_ptr<ReferenceClip> HeadlessPlayer::clip_;

TEST_F(HeadlessPlayer, PlaysTheLessonThroughWithExactFramesGradingAndRemediation) {
  const auto run = play("untimed");
  ASSERT_FALSE(run.events.empty());
  EXPECT_EQ(run.events.front()["event"], "start");
  EXPECT_EQ(run.events.back()["event"], "stats");
  EXPECT_EQ(run.events[run.events.size() - 2]["event"], "end");

  std::vector<std::string> cue_order;
  for (const auto& cue : of_kind(run.events, "cue")) {
    cue_order.push_back(cue["cue"].get<std::string>() + "#" + std::to_string(cue["firing"].get<int>()));
  }
  EXPECT_EQ(cue_order, (std::vector<std::string>{"start#1", "boundary#1", "just-before#1", "boundary#2",
                                                 "just-before#2", "aside#1", "poll#1", "last#1"}));

  const auto answers = of_kind(run.events, "answer");
  ASSERT_EQ(answers.size(), 6u);
  EXPECT_EQ(answers[0]["cue"], "start");
  EXPECT_TRUE(answers[0]["correct"].get<bool>());
  EXPECT_EQ(answers[2]["cue"], "just-before");
  EXPECT_FALSE(answers[2]["correct"].get<bool>());
  EXPECT_EQ(answers[2]["attempt"], 1);
  EXPECT_EQ(answers[3]["cue"], "just-before");
  EXPECT_TRUE(answers[3]["correct"].get<bool>());
  EXPECT_EQ(answers[3]["attempt"], 2);
  EXPECT_EQ(answers[4]["cue"], "last");
  EXPECT_FALSE(answers[4]["correct"].get<bool>());
  EXPECT_EQ(answers[5]["response"], json::parse(R"(["three", "two"])"));
  EXPECT_TRUE(answers[5]["correct"].get<bool>());

  const auto seeks = of_kind(run.events, "seek");
  ASSERT_EQ(seeks.size(), 1u);
  EXPECT_EQ(seeks[0]["reason"], "remediation");
  EXPECT_NEAR(seeks[0]["from"].get<double>(), 0.999999, 1e-9);
  EXPECT_NEAR(seeks[0]["to"].get<double>(), 0.3, 1e-9);

  // The optional poll had no scripted answer: skipped, not failed.
  ASSERT_EQ(of_kind(run.events, "skip").size(), 1u);
  const auto end = of_kind(run.events, "end").at(0);
  EXPECT_DOUBLE_EQ(end["score"].get<double>(), 4.0);
  EXPECT_DOUBLE_EQ(end["max_score"].get<double>(), 4.0);
  EXPECT_TRUE(end["passed"].get<bool>());
  const auto stats = of_kind(run.events, "stats").at(0);
  EXPECT_GE(stats["frames_decoded"].get<int>(), 100);
  EXPECT_GT(stats["frames_shown"].get<int>(), 0);

  expect_exact_frames("untimed", run.events);

  // The person's view on standard output tells the same story.
  for (const char* line :
       {"Headless check (headless-check version 3), 0:04, 320x240\n", "  0:00.52  numeric: Half of one?\n",
        "  0:00.999999 true-false: Is the sky green? (again)\n",
        "           answer: true \"True\" - incorrect, 0/1 (attempt 1, 1 left)\n",
        "           rewatching 0:00.3-0:00.999999\n", "           skipped (optional)\n",
        "Score 4/4 (100%): passed, pass mark 50%; 5 of 6 cues done.\n"}) {
    EXPECT_NE(run.process.out.find(line), std::string::npos) << line << "\n" << run.process.out;
  }
}

TEST_F(HeadlessPlayer, RealtimeAtDoubleRateStopsOnTheSameFrames) {
  const auto run = play("double", {"--realtime", "--rate", "2"});
  expect_exact_frames("double", run.events);
  const auto stats = of_kind(run.events, "stats").at(0);
  // 4 s of video plus a 0.7 s rewatch at 2x: about 2.4 s of wall time, never the 4.7 s of 1x.
  EXPECT_LT(stats["wall_seconds"].get<double>(), 4.5);
  EXPECT_GT(stats["wall_seconds"].get<double>(), 2.0);
}

TEST_F(HeadlessPlayer, EveryReportedAnswerIsInTheDatabase) {
  const auto run = play("recorded");
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open_v2((*dir_ / "recorded.sqlite").c_str(), &raw, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
  sqlite3_stmt* statement = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(db.get(), "SELECT cue_id, attempt_number, correct FROM attempts ORDER BY rowid", -1,
                         &statement, nullptr),
      SQLITE_OK)
      << sqlite3_errmsg(db.get());
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> rows(statement, &sqlite3_finalize);
  std::vector<std::string> recorded;
  while (sqlite3_step(rows.get()) == SQLITE_ROW) {
    recorded.push_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(rows.get(), 0))) + "#" +
                       std::to_string(sqlite3_column_int(rows.get(), 1)));
  }
  std::vector<std::string> reported;
  for (const auto& answer : of_kind(run.events, "answer")) {
    reported.push_back(answer["cue"].get<std::string>() + "#" + std::to_string(answer["attempt"].get<int>()));
  }
  EXPECT_EQ(recorded, reported);
}

TEST_F(HeadlessPlayer, RequiredCueWithoutScriptedAnswerEndsWithStatus3) {
  write_file(*dir_ / "partial.json", R"({"start": ["a"]})");
  const auto result = run({CUEPOINT_BIN, (*dir_ / "lesson.xml").string(), "--headless", "--answers",
                           (*dir_ / "partial.json").string(), "--db", (*dir_ / "partial.sqlite").string()});
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_NE(
      result.err.find("cue 'boundary' at 0:00.52 is required, but the answers file has no attempt left"),
      std::string::npos)
      << result.err;
}

TEST_F(HeadlessPlayer, BadAnswersFilesAreRefusedWithTheirPosition) {
  struct Case {
    std::string json;
    std::string message;
  };
  const std::vector<Case> cases = {
      {R"({"start": ["a"],)", "bad.json:1:17: error: invalid JSON"},
      {R"(["a"])", "bad.json: error: expected a JSON object mapping cue ids to arrays of attempts"},
      {R"({"nope": ["a"]})", "bad.json: error: cue 'nope' is not in lesson 'headless-check'"},
      {R"({"start": "a"})", "bad.json: error: cue 'start': expected an array of attempts"},
      {R"({"start": ["zzz"]})", "bad.json: error: cue 'start' attempt 1: "},
      {R"({"boundary": [true]})",
       "bad.json: error: cue 'boundary' attempt 1: expected a number for numeric cue"},
      {R"({"aside": ["x"]})",
       "bad.json: error: cue 'aside' attempt 1: cue 'aside' is a note and takes no answer"},
  };
  for (const auto& bad : cases) {
    write_file(*dir_ / "bad.json", bad.json);
    const auto result = run({CUEPOINT_BIN, (*dir_ / "lesson.xml").string(), "--headless", "--answers",
                             (*dir_ / "bad.json").string(), "--db", (*dir_ / "bad.sqlite").string()});
    EXPECT_EQ(result.exit_code, 1) << bad.json;
    EXPECT_NE(result.err.find(bad.message), std::string::npos) << bad.json << "\n" << result.err;
  }
}

TEST_F(HeadlessPlayer, MissingOrBrokenInputsGiveClearErrors) {
  write_file(*dir_ / "missing-video" / "lesson.xml",
             std::string(kLesson).replace(std::string(kLesson).find("clip.mp4"), 8, "nowhere.mp4"));
  auto result = run({CUEPOINT_BIN, (*dir_ / "missing-video").string(), "--headless", "--db",
                     (*dir_ / "x.sqlite").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("nowhere.mp4"), std::string::npos) << result.err;

  write_file(*dir_ / "broken" / "lesson.xml",
             "<lesson xmlns=\"urn:cuepoint:lesson:1\">\n  <title>x</titel>\n");
  result = run({CUEPOINT_BIN, (*dir_ / "broken" / "lesson.xml").string(), "--headless"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find((*dir_ / "broken" / "lesson.xml").string() + ":2:"), std::string::npos)
      << result.err;

  result = run({CUEPOINT_BIN, "--headless"});
  EXPECT_EQ(result.exit_code, 2);
  result = run({CUEPOINT_BIN, (*dir_ / "lesson.xml").string(), "--headless", "--rate", "3"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--rate"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace cuepoint::testing

namespace cuepoint::testing {
namespace {

// Plays `bytes` as the lesson's clip.mp4 in a folder of its own.
ProcessResult play_damaged(const std::filesystem::path& folder, const std::string& bytes,
                           const std::filesystem::path& answers) {
  write_file(folder / "lesson.xml", kLesson);
  write_file(folder / "clip.mp4", bytes);
  return run({CUEPOINT_BIN, folder.string(), "--headless", "--answers", answers.string(), "--db",
              (folder / "db.sqlite").string(), "--events", (folder / "events.jsonl").string()},
             60);
}

TEST_F(HeadlessPlayer, DamagedMediaIsRefusedWithOneExactLine) {
  // The fixture's MP4 keeps its index (moov) at the end, after the picture data.
  const auto clip = read_file(*dir_ / "clip.mp4");
  const auto index = clip.rfind("moov");
  ASSERT_NE(index, std::string::npos);
  std::string index_damaged = clip;
  for (std::size_t i = index + 4; i < index_damaged.size(); ++i) index_damaged[i] ^= 0x5A;
  struct Case {
    std::string name;
    std::string bytes;
    std::string reason;
  };
  const std::vector<Case> cases = {
      // The index is cut off: FFmpeg knows the container but cannot read its header.
      {"truncated", clip.substr(0, clip.size() / 2),
       "a damaged mov,mp4,m4a,3gp,3g2,mj2 file: its header cannot be read (media: damaged)"},
      {"text", "this is not a video\n", "not a recognised media file (media: not a video)"},
      {"empty", "", "not a recognised media file (media: not a video)"},
      {"index-damaged", index_damaged, "no video stream (media: not a video)"},
  };
  for (const auto& damaged : cases) {
    const auto folder = *dir_ / ("damaged-" + damaged.name);
    const auto result = play_damaged(folder, damaged.bytes, *dir_ / "answers.json");
    EXPECT_EQ(result.signal, 0) << damaged.name << " crashed or hung\n" << result.err;
    EXPECT_EQ(result.exit_code, 1) << damaged.name << "\n" << result.err;
    // One clear line naming the file, not a page of decoder noise.
    EXPECT_EQ(result.err, "cuepoint: " + (folder / "clip.mp4").string() + ": " + damaged.reason + "\n")
        << damaged.name;
  }
}

TEST_F(HeadlessPlayer, AFileCutShortAfterItsIndexEndsAtTheFirstCueItCannotReach) {
  // With the index first (faststart), half a file opens and plays until its data runs out.
  const auto folder = *dir_ / "damaged-cut";
  std::filesystem::create_directories(folder);
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", (*dir_ / "clip.mp4").string(), "-c",
                "copy", "-movflags", "+faststart", (folder / "whole.mp4").string()});
  const auto whole = read_file(folder / "whole.mp4");
  const auto result = play_damaged(folder, whole.substr(0, whole.size() / 2), *dir_ / "answers.json");
  EXPECT_EQ(result.signal, 0) << result.err;
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const std::regex line(
      "cuepoint: .*clip\\.mp4: the video ended at 0:0(\\d(?:\\.\\d+)?), before cue '([a-z-]+)' at "
      "0:0([0-9.]+) \\(is the file truncated or not the lesson's video\\?\\)\n");
  std::smatch parts;
  ASSERT_TRUE(std::regex_match(result.err, parts, line)) << result.err;
  // The cue named is the first one after where the video ended, and every cue before it was reached.
  const double ended = std::stod(parts[1]);
  const double cue_at = std::stod(parts[3]);
  EXPECT_LT(ended, cue_at) << result.err;
  std::vector<std::string> reached;
  for (const auto& cue : of_kind(json_lines(read_file(folder / "events.jsonl")), "cue")) {
    EXPECT_LE(cue["at"].get<double>(), ended) << cue.dump();
    reached.push_back(cue["cue"]);
  }
  EXPECT_EQ(std::count(reached.begin(), reached.end(), parts[2].str()), 0) << parts[2];
  EXPECT_FALSE(reached.empty()) << "half of the clip holds the first cues";
}

TEST_F(HeadlessPlayer, FlippedBytesInThePictureDataAreConcealedAndTheLessonPlaysThrough) {
  const auto clip = read_file(*dir_ / "clip.mp4");
  const std::size_t from = clip.size() / 3;
  const std::size_t to = from + 4096;
  ASSERT_LT(to, clip.rfind("moov")) << "the flipped bytes must lie in the picture data, not the index";
  std::string flipped = clip;
  for (std::size_t i = from; i < to; ++i) flipped[i] ^= 0x5A;
  const auto folder = *dir_ / "damaged-flipped";
  const auto result = play_damaged(folder, flipped, *dir_ / "answers.json");
  EXPECT_EQ(result.signal, 0) << result.err;
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // The same cues, answers and end as the intact clip: the decoder hid the damage.
  const auto intact = play("flipped-reference");
  const auto events = json_lines(read_file(folder / "events.jsonl"));
  const auto story = [](const std::vector<json>& all) {
    std::vector<std::string> told;
    for (const auto& event : all) {
      if (event["event"] == "cue") told.push_back("cue " + event["cue"].get<std::string>());
      if (event["event"] == "answer") told.push_back("answer " + event["response"].dump());
      if (event["event"] == "end") told.push_back("end " + event["score"].dump());
    }
    return told;
  };
  EXPECT_EQ(story(events), story(intact.events));
  EXPECT_EQ(of_kind(events, "end").size(), 1u);
}

TEST_F(HeadlessPlayer, AVideoShorterThanTheLessonIsReported) {
  const auto folder = *dir_ / "short-video";
  write_file(folder / "lesson.xml", kLesson);
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25:duration=1.5", "-c:v", "libx264",
                (folder / "clip.mp4").string()});
  const auto result = run({CUEPOINT_BIN, folder.string(), "--headless", "--answers",
                           (*dir_ / "answers.json").string(), "--db", (folder / "db.sqlite").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("the video ended at 0:01.52, before cue 'aside' at 0:02"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace cuepoint::testing
