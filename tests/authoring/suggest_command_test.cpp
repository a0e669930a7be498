// cuepoint-author suggest on media with known slide changes and silences: colour
// slides switching at known frames with a tone that stops at known times, made
// by ffmpeg here, and the sample lesson whose slide timeline its generator plans.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include "author_process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;

constexpr double kFrame = 0.04;  // 25 fps

// 60 s of slides: cuts at these times (on frames; three not on whole seconds).
const std::vector<double> kCuts = {6.0, 13.48, 21.0, 27.52, 34.0, 41.2, 49.0, 55.0};
// Silences in the tone: every one of 0.5 s or more must be found, the 0.3 s one is a breath.
struct Gap {
  double start;
  double end;
};
const std::vector<Gap> kSilences = {{4.6, 5.8},   {9.0, 9.5},   {20.2, 21.4}, {30.0, 31.0},
                                    {37.5, 38.1}, {48.4, 49.3}, {52.0, 53.5}};
const Gap kBreath = {44.0, 44.3};
constexpr double kLength = 60.0;

std::string slides_filter() {
  const std::vector<std::string> colours = {"0x203050", "0xf0f0e8", "0x2f6f3f", "0xe8d8b0", "0x5a2030",
                                            "0xfafafa", "0x305878", "0xd0e0f0", "0x404040"};
  std::string graph;
  std::string inputs;
  double from = 0.0;
  for (std::size_t i = 0; i <= kCuts.size(); ++i) {
    const double to = i < kCuts.size() ? kCuts[i] : kLength;
    graph += "color=c=" + colours[i] + ":s=320x240:r=25:d=" + std::to_string(to - from) + "[s" +
             std::to_string(i) + "];";
    inputs += "[s" + std::to_string(i) + "]";
    from = to;
  }
  graph += inputs + "concat=n=" + std::to_string(kCuts.size() + 1) + ":v=1:a=0[v];";
  std::string quiet;
  auto gaps = kSilences;
  gaps.push_back(kBreath);
  for (const auto& gap : gaps) {
    quiet += (quiet.empty() ? "" : "+") + std::string("between(t\\,") + std::to_string(gap.start) + "\\," +
             std::to_string(gap.end) + ")";
  }
  return graph + "aevalsrc='0.4*sin(2*PI*330*t)*not(" + quiet + ")':s=48000:d=" + std::to_string(kLength) +
         "[a]";
}

json suggestions_of(const fs::path& video) {
  const auto result = author({"suggest", video.string(), "--json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out);
}

class SuggestCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("suggest");
    run_or_throw({FFMPEG_EXECUTABLE,
                  "-loglevel",
                  "error",
                  "-y",
                  "-filter_complex",
                  slides_filter(),
                  "-map",
                  "[v]",
                  "-map",
                  "[a]",
                  "-c:v",
                  "libx264",
                  "-g",
                  "50",
                  "-pix_fmt",
                  "yuv420p",
                  "-c:a",
                  "aac",
                  "-b:a",
                  "96k",
                  (*dir_ / "slides.mp4").string()});
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> SuggestCommand::dir_;

TEST_F(SuggestCommand, FindsEveryCutWithinAFrameEverySilenceAndNothingElse) {
  const auto suggestions = suggestions_of(*dir_ / "slides.mp4");
  std::vector<bool> explained(suggestions.size(), false);
  for (const double cut : kCuts) {
    bool found = false;
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      const double at = suggestions[i]["seconds"].get<double>();
      // On the last frame of the old slide: no more than one frame before the cut, never after it.
      if (at <= cut && at >= cut - kFrame - 1e-6 && suggestions[i].contains("scene")) {
        found = explained[i] = true;
        EXPECT_NEAR(suggestions[i]["scene"]["at"].get<double>(), cut, 1e-6);
      }
    }
    EXPECT_TRUE(found) << "no suggestion for the cut at " << cut;
  }
  for (const auto& gap : kSilences) {
    bool found = false;
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      if (!suggestions[i].contains("silence")) continue;
      const auto& silence = suggestions[i]["silence"];
      // AAC's frames blur the edges by a few milliseconds.
      if (std::abs(silence["start"].get<double>() - gap.start) < 0.03 &&
          std::abs(silence["end"].get<double>() - gap.end) < 0.03) {
        found = explained[i] = true;
      }
    }
    EXPECT_TRUE(found) << "no suggestion for the silence at " << gap.start;
  }
  int false_ones = 0;
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (explained[i]) continue;
    ++false_ones;
    ADD_FAILURE() << "unexplained suggestion " << suggestions[i].dump();
  }
  EXPECT_LE(false_ones, 1);
  // The breath is no pause.
  for (const auto& s : suggestions)
    EXPECT_FALSE(s["seconds"].get<double>() > kBreath.start - 0.1 &&
                 s["seconds"].get<double>() < kBreath.end + 0.1);
}

TEST_F(SuggestCommand, CutsInOrNearASilenceAreOneScenePlusSilenceLine) {
  const auto result = author({"suggest", (*dir_ / "slides.mp4").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // 21 s falls in the silence 20.2-21.4, 49 s in 48.4-49.3: one line each, at the frame before the cut.
  EXPECT_THAT(result.out, HasSubstr("0:20.96\tscene+silence\n"));
  EXPECT_THAT(result.out, HasSubstr("0:48.96\tscene+silence\n"));
  EXPECT_THAT(result.out, HasSubstr("0:13.44\tscene\n"));
  EXPECT_THAT(result.out, HasSubstr("0:05.96\tscene+silence\n"));  // 6 s is 0.2 s after the silence 4.6-5.8
  EXPECT_THAT(result.out, HasSubstr("0:30.4\tsilence\n"));         // 0.4 s into 30-31
  EXPECT_THAT(result.out, HasSubstr("0:09.251\tsilence\n"));       // halfway into 9-9.5 (AAC: from 9.0002 s)
  EXPECT_EQ(result.err, "");
}

TEST_F(SuggestCommand, AddsNoteCuesAndKeepsEverythingElseByteForByte) {
  const std::string before =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- Written by hand: keep this comment. -->\n"
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"slides\" version=\"1\">\n"
      "    <title>Slides</title>\n"
      "    <video   src=\"slides.mp4\"/>\n"
      "    <cue id=\"suggested-1\" at=\"0:10\">\n"
      "        <question type=\"note\"><prompt>Mine, not a suggestion.</prompt></question>\n"
      "    </cue>\n"
      "    <!-- the quiz -->\n"
      "    <cue id=\"quiz\" at=\"0:30.6\">\n"
      "        <question type=\"true-false\">\n"
      "            <prompt>Colours?</prompt>\n"
      "            <choice id=\"true\" correct=\"true\">Yes</choice>\n"
      "            <choice id=\"false\">No</choice>\n"
      "        </question>\n"
      "    </cue>\n"
      "</lesson>\n";
  const auto lesson = *dir_ / "lesson.xml";
  write_file(lesson, before);
  const auto result = author({"suggest", (*dir_ / "slides.mp4").string(), "--add", lesson.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = std::count(result.out.begin(), result.out.end(), '\n');
  EXPECT_EQ(result.err, "cuepoint-author suggest: added " + std::to_string(lines) + " note cue(s) to " +
                            lesson.string() + "\n");
  const auto after = read_file(lesson);
  // Taking the added cues out gives the teacher's file back exactly.
  std::string stripped = after;
  for (int n = 2; n <= lines + 1; ++n) {
    const auto start = stripped.find("    <cue id=\"suggested-" + std::to_string(n) + "\"");
    ASSERT_NE(start, std::string::npos) << n << "\n" << after;
    const auto end = stripped.find("    </cue>\n", start) + std::string("    </cue>\n").size();
    stripped.erase(start, end - start);
  }
  EXPECT_EQ(stripped, before);
  EXPECT_THAT(after,
              HasSubstr("    <cue id=\"suggested-3\" at=\"0:09.251\">\n        <question type=\"note\">\n"
                        "            <prompt>Suggested pause (silence): the narration pauses here. Edit this "
                        "cue or remove it.</prompt>\n        </question>\n    </cue>\n"
                        "    <cue id=\"suggested-1\" at=\"0:10\">\n"));
  // In time order around the teacher's cues; the comment above the quiz stays right above it.
  EXPECT_GT(after.find("id=\"suggested-4\" at=\"0:13.44\""), after.find("id=\"suggested-1\" at=\"0:10\""));
  EXPECT_LT(after.find("at=\"0:27.48\""), after.find("<!-- the quiz -->"));
  EXPECT_THAT(after, HasSubstr("    <!-- the quiz -->\n    <cue id=\"quiz\""));
  // The result validates with the player's own loader.
  const auto valid = author({"validate", lesson.string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
}

TEST_F(SuggestCommand, AReadOnlyOrInvalidLessonIsLeftUntouched) {
  const auto lesson = *dir_ / "locked.xml";
  const std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"x\" "
      "version=\"1\">\n  <title>X</title>\n  <video src=\"slides.mp4\"/>\n</lesson>\n";
  write_file(lesson, text);
  ASSERT_EQ(::chmod(lesson.c_str(), 0444), 0);
  auto result = author({"suggest", (*dir_ / "slides.mp4").string(), "--add", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  // Refused before the video is scanned: no suggestion is printed.
  EXPECT_EQ(result.err, "cuepoint-author suggest: cannot edit " + lesson.string() + ": " + lesson.string() +
                            " is read-only (make it writable to edit it: chmod u+w " + lesson.string() +
                            ")\n");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(read_file(lesson), text);

  const auto broken = *dir_ / "broken.xml";
  const std::string bad =
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"x\" version=\"1\">\n  <title>X</title>\n";
  write_file(broken, bad);
  result = author({"suggest", (*dir_ / "slides.mp4").string(), "--add", broken.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, ::testing::StartsWith(broken.string() + ":"));
  EXPECT_THAT(result.err,
              HasSubstr("cuepoint-author suggest: " + broken.string() +
                        " has errors: fix them first (cuepoint-author validate " + broken.string() + ")\n"));
  EXPECT_EQ(read_file(broken), bad);
}

TEST_F(SuggestCommand, AnAdditionThatWouldMakeTheLessonInvalidIsRefused) {
  // A 5-second clip of the slides: every suggestion after 0:05 would lie past the video's end.
  const auto short_clip = *dir_ / "short.mp4";
  run_or_throw({FFMPEG_EXECUTABLE, "-loglevel", "error", "-y", "-i", (*dir_ / "slides.mp4").string(), "-t",
                "5", "-c", "copy", short_clip.string()});
  const auto lesson = *dir_ / "short.xml";
  const std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"x\" "
      "version=\"1\">\n  <title>X</title>\n  <video src=\"short.mp4\"/>\n</lesson>\n";
  write_file(lesson, text);
  const auto result = author({"suggest", (*dir_ / "slides.mp4").string(), "--add", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, ::testing::StartsWith(lesson.string() + ":"));
  EXPECT_THAT(result.err, HasSubstr(": error: cue 'suggested-"));
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author suggest: " + lesson.string() +
                                    " was not changed: the edit would make it invalid (see above)\n"));
  EXPECT_EQ(read_file(lesson), text);
}

TEST_F(SuggestCommand, ScanningShowsProgressOnATerminalOnly) {
  const auto on_terminal = author_on_terminal({"suggest", (*dir_ / "slides.mp4").string()});
  ASSERT_EQ(on_terminal.exit_code, 0) << on_terminal.out;
  EXPECT_THAT(on_terminal.out, HasSubstr("/60 s scanned for slide changes\r\n"));
  EXPECT_THAT(on_terminal.out, HasSubstr("/60 s scanned for pauses\r\n"));
  EXPECT_THAT(on_terminal.out, HasSubstr("0:09.251\tsilence\r\n"));
  const auto piped = author({"suggest", (*dir_ / "slides.mp4").string()});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err, "");
}

TEST_F(SuggestCommand, AMissingOrSilentVideoIsSaidSo) {
  const auto missing = *dir_ / "none.mp4";
  auto result = author({"suggest", missing.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, ::testing::StartsWith("cuepoint-author suggest: " + missing.string() + ": "));

  const auto mute = *dir_ / "mute.mp4";
  run_or_throw({FFMPEG_EXECUTABLE, "-loglevel", "error", "-y", "-i", (*dir_ / "slides.mp4").string(), "-an",
                "-c", "copy", mute.string()});
  result = author({"suggest", mute.string()});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "cuepoint-author suggest: " + mute.string() + " has no audio: slide changes only\n");
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), static_cast<long>(kCuts.size()));
}

// The sample lesson's slides change where its generator put them: every change
// found within a frame, every pause between two slides' narrations found.
TEST(SuggestOnTheSample, FindsTheSlideChangesItsGeneratorPlanned) {
  const auto planned =
      json::parse(run_or_throw({"python3", CUEPOINT_SOURCE_DIR "/tests/authoring/sample_slide_times.py",
                                CUEPOINT_SOURCE_DIR, "fraction-of-a-number-ar"}));
  const auto suggestions =
      suggestions_of(fs::path(CUEPOINT_SOURCE_DIR) / "samples/fraction-of-a-number-ar/lecture.mp4");
  const auto& slides = planned["slides"];
  std::vector<bool> explained(suggestions.size(), false);
  for (std::size_t n = 1; n < slides.size(); ++n) {
    const double cut = slides[n]["start"].get<double>();
    const double quiet_from = slides[n - 1]["narration_end"].get<double>();
    const double quiet_to = slides[n]["narration_start"].get<double>();
    bool found = false;
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      const double at = suggestions[i]["seconds"].get<double>();
      if (at > cut || at < cut - kFrame - 1e-6) continue;
      found = explained[i] = true;
      // The change falls in the pause between the two slides' narrations.
      EXPECT_EQ(suggestions[i]["reason"], "scene+silence") << cut;
      EXPECT_LT(suggestions[i]["silence"]["start"].get<double>(), quiet_from + 0.1) << cut;
      EXPECT_GT(suggestions[i]["silence"]["end"].get<double>(), quiet_to - 0.1) << cut;
    }
    EXPECT_TRUE(found) << "no suggestion for the slide change at " << cut;
  }
  const auto minutes = planned["end"].get<double>() / 60.0;
  const auto false_ones = std::count(explained.begin(), explained.end(), false);
  EXPECT_LE(static_cast<double>(false_ones), std::max(1.0, std::floor(minutes))) << suggestions.dump(1);
}

}  // namespace
}  // namespace cuepoint::testing
