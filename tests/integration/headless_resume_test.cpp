// `cuepoint --headless --resume`: a learner who left a lesson at a cue continues
// there, with the attempts made before counting; without --resume a run is fresh.
#include <gtest/gtest.h>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="resume-check" version="1">
  <title>Resume check</title>
  <video src="clip.mp4"/>
  <cue id="a" at="0.2">
    <question type="single-choice"><prompt>A?</prompt>
      <choice id="x" correct="true">X</choice><choice id="y">Y</choice></question>
  </cue>
  <cue id="b" at="0.6">
    <question type="single-choice"><prompt>B?</prompt>
      <choice id="x" correct="true">X</choice><choice id="y">Y</choice></question>
  </cue>
</lesson>
)";

std::vector<std::string> cues_fired(const std::vector<nlohmann::json>& events) {
  std::vector<std::string> fired;
  for (const auto& event : events) {
    if (event["event"] == "cue") fired.push_back(event["cue"].get<std::string>());
  }
  return fired;
}

TEST(HeadlessResume, ContinuesAtTheCueTheLearnerLeftWithEarlierAttemptsCounted) {
  TempDir dir("resume");
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                (dir / "clip.mp4").string()});
  write_file(dir / "lesson.xml", kLesson);
  write_file(dir / "only-a.json", R"({"a": ["x"]})");
  write_file(dir / "only-b.json", R"({"b": ["x"]})");
  const auto play = [&](const std::string& answers, const std::string& events, bool resume) {
    std::vector<std::string> args = {
        CUEPOINT_BIN, dir.path().string(),          "--headless", "--quiet",
        "--answers",  (dir / answers).string(),     "--events",   (dir / events).string(),
        "--db",       (dir / "db.sqlite").string(), "--learner",  "ada"};
    if (resume) args.emplace_back("--resume");
    return run(args);
  };

  // The learner answers 'a', then leaves at 'b' (the script has nothing for it).
  const auto left = play("only-a.json", "left.events", false);
  EXPECT_EQ(left.exit_code, 3) << left.err;

  // Without --resume: a fresh run asks 'a' again.
  const auto fresh = play("only-b.json", "fresh.events", false);
  EXPECT_EQ(fresh.exit_code, 3) << fresh.err;
  EXPECT_NE(fresh.err.find("cue 'a' at 0:00.2 is required"), std::string::npos) << fresh.err;

  // The fresh run left at 'a' (0.2 s); answer 'a' again and leave at 'b' once more.
  EXPECT_EQ(play("only-a.json", "again.events", false).exit_code, 3);

  const auto resumed = play("only-b.json", "resumed.events", true);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const auto events = json_lines(read_file(dir / "resumed.events"));
  EXPECT_EQ(cues_fired(events), std::vector<std::string>{"b"}) << "resumed at 'b', 'a' not asked again";
  const auto& end = events.at(events.size() - 2);
  ASSERT_EQ(end["event"], "end");
  EXPECT_DOUBLE_EQ(end["score"].get<double>(), 2.0) << "the earlier correct answer to 'a' counts";
  EXPECT_EQ(end["cues_completed"], 2);
}

}  // namespace
}  // namespace cuepoint::testing
