// The player window end to end under SDL's dummy video driver (software renderer,
// no display): the scripted student answers through SDL key and text events, and
// the run must record exactly what the headless player records for the same
// answers, show each cue's exact frame (read back from the renderer) and remember
// the learner between runs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <span>
#include <sstream>

#include "clip_fixture.hpp"
#include "cuepoint/store/store.hpp"
#include "process.hpp"
#include "scripted_student.hpp"
#include "temp_dir.hpp"

namespace cuepoint::window_player::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAreArray;

const fs::path kSource = CUEPOINT_SOURCE_DIR;

nlohmann::json read_json(const fs::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

std::vector<nlohmann::json> json_lines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

double mean_difference(const media::RgbImage& a, const std::vector<std::uint8_t>& b) {
  return cuepoint::testing::mean_difference(std::span<const std::uint8_t>(a.pixels),
                                            std::span<const std::uint8_t>(b));
}

WindowOptions untimed_window(const fs::path& lesson, const fs::path& database, int width, int height) {
  WindowOptions options;
  options.lesson = lesson;
  options.database = database;
  options.learner = "ada";
  options.clock = media::ClockMode::Untimed;
  options.audio = false;
  options.display.width = width;
  options.display.height = height;
  options.display.software = true;
  options.display.hidden = true;
  return options;
}

// The headless player's run of the same lesson with the same answers: its events and frames.
struct HeadlessRun {
  std::vector<nlohmann::json> events;
  fs::path frames;
  fs::path database;
};

HeadlessRun run_headless(const fs::path& lesson, const fs::path& answers, const fs::path& dir,
                         const std::vector<std::string>& extra = {}) {
  HeadlessRun run{{}, dir / "headless-frames", dir / "headless.sqlite"};
  std::vector<std::string> args = {CUEPOINT_BIN,   lesson.string(),
                                   "--headless",   "--quiet",
                                   "--answers",    answers.string(),
                                   "--frames-dir", run.frames.string(),
                                   "--db",         run.database.string(),
                                   "--learner",    "ada",
                                   "--events",     (dir / "headless.events").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto result = cuepoint::testing::run(args, 300);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  run.events = json_lines(dir / "headless.events");
  return run;
}

// What both players must agree on in an event stream: everything but the facts of
// the run itself (whether it was windowed, how long it took).
nlohmann::json comparable(nlohmann::json event) {
  // frame_file: only a run given --frames-dir writes frames (the headless one here).
  for (const char* field : {"frame_file", "realtime"}) event.erase(field);
  return event;
}

std::vector<nlohmann::json> comparable(const std::vector<nlohmann::json>& events) {
  std::vector<nlohmann::json> out;
  for (const auto& event : events) {
    if (event.value("event", "") == "stats") continue;  // timings: differ between any two runs
    out.push_back(comparable(event));
  }
  return out;
}

struct AttemptRow {
  std::string cue;
  int attempt = 0;
  std::string response;
  bool correct = false;
  double score = 0;
  bool operator==(const AttemptRow&) const = default;
};

void PrintTo(const AttemptRow& row, std::ostream* out) {
  *out << row.cue << "#" << row.attempt << " " << row.response << (row.correct ? " right " : " wrong ")
       << row.score;
}

std::vector<AttemptRow> attempts(const fs::path& database) {
  auto store = store::Store::open_read_only(database);
  std::vector<AttemptRow> rows;
  for (const auto& a : store.attempts()) {
    rows.push_back(
        {a.cue_id, a.attempt_number, a.response_json, a.correct.value_or(false), a.score.value_or(0)});
  }
  return rows;
}

class WindowSampleTest : public ::testing::TestWithParam<std::string> {};

// The sample lessons answered at the keyboard: the same records and events as headless,
// and at every pausing cue the frame on screen is the one headless wrote for it.
TEST_P(WindowSampleTest, AnswersAtTheKeyboardRecordWhatHeadlessRecords) {
  const cuepoint::testing::TempDir dir("window-sample");
  const fs::path lesson = kSource / "samples" / GetParam();
  const fs::path answers = lesson / "answers.json";
  const HeadlessRun headless = run_headless(lesson, answers, dir.path());

  auto options = untimed_window(lesson, dir.path() / "window.sqlite", 1280, 720);
  options.events = (dir.path() / "window.events").string();
  ScriptedStudent student(read_json(answers));
  ASSERT_EQ(run_window(options, &student), kExitOk);
  ASSERT_TRUE(student.reached_end());

  EXPECT_EQ(comparable(json_lines(dir.path() / "window.events")), comparable(headless.events));
  const auto window_rows = attempts(dir.path() / "window.sqlite");
  EXPECT_EQ(window_rows, attempts(headless.database));
  EXPECT_FALSE(window_rows.empty());

  // Frames: the video drawn without the overlay, read back from the renderer.
  ASSERT_FALSE(student.sights().empty());
  std::size_t pngs = 0;
  for (const auto& entry : fs::directory_iterator(headless.frames))
    pngs += entry.path().extension() == ".png";
  EXPECT_EQ(student.sights().size(), pngs);
  for (std::size_t i = 0; i < student.sights().size(); ++i) {
    const auto& sight = student.sights()[i];
    const auto name = sight.cue_id + "-" + std::to_string(sight.firing) + ".png";
    ASSERT_EQ(sight.video.width, 1280) << name;
    ASSERT_EQ(sight.video.height, 720) << name;
    const auto expected = cuepoint::testing::decode_image_rgb(headless.frames / name);
    const double here = mean_difference(sight.video, expected);
    EXPECT_LT(here, 3.0) << name;
    // A slide lecture's neighbouring frames are alike; another cue's slide is not.
    const auto& other = student.sights()[(i + 1) % student.sights().size()];
    if (other.cue_id == sight.cue_id) continue;
    const auto other_frame = cuepoint::testing::decode_image_rgb(
        headless.frames / (other.cue_id + "-" + std::to_string(other.firing) + ".png"));
    EXPECT_GT(mean_difference(sight.video, other_frame), 2 * here + 2) << name << " vs " << other.cue_id;
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, WindowSampleTest,
                         ::testing::Values("intro-fractions", "fraction-of-a-number-ar"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::erase(name, '-');
                           return name;
                         });

// A clip whose every frame differs from its neighbours, with pausing notes on
// frames the decoder cannot reach by a keyframe (B-frames, GOP of 25).
class WindowExactFrameTest : public ::testing::TestWithParam<double> {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<cuepoint::testing::TempDir>("window-exact");
    clip_ = std::make_unique<cuepoint::testing::ReferenceClip>(cuepoint::testing::make_reference_clip(
        dir_->path(), "clip.mp4",
        {"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=4", "-vf",
         "scroll=horizontal=0.01:vertical=0.007,format=yuv420p", "-c:v", "libx264", "-preset", "veryfast",
         "-g", "25", "-bf", "2", "-colorspace", "bt709", "-color_range", "tv"}));
    std::ofstream lesson(dir_->path() / "lesson.xml");
    lesson << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"exact\" version=\"1\" xml:lang=\"en\">\n"
              "  <title>Exact frames</title>\n  <video src=\"clip.mp4\"/>\n";
    for (const std::size_t frame : kCueFrames) {
      // 10 ms into the frame's display time: the frame shown at the cue is that one.
      const double at = static_cast<double>(clip_->frame_times[frame]) / 1e6 + 0.01;
      lesson << "  <cue id=\"f" << frame << "\" at=\"" << at << "\" pause=\"true\">\n"
             << "    <question type=\"note\"><prompt>Frame " << frame << "</prompt></question>\n  </cue>\n";
    }
    lesson << "</lesson>\n";
  }
  static void TearDownTestSuite() {
    clip_.reset();
    dir_.reset();
  }
  static constexpr std::array<std::size_t, 3> kCueFrames = {13, 41, 77};
  static std::unique_ptr<cuepoint::testing::TempDir> dir_;
  static std::unique_ptr<cuepoint::testing::ReferenceClip> clip_;
};
std::unique_ptr<cuepoint::testing::TempDir> WindowExactFrameTest::dir_;
std::unique_ptr<cuepoint::testing::ReferenceClip> WindowExactFrameTest::clip_;

// Realtime (paced by the clock, no audio device) at 1x and 2x: 0 frames off.
TEST_P(WindowExactFrameTest, EachCueShowsItsExactFrameWindowed) {
  const double rate = GetParam();
  auto options =
      untimed_window(dir_->path() / "lesson.xml", dir_->path() / ("r" + std::to_string(rate) + ".sqlite"),
                     clip_->width, clip_->height);
  options.clock = media::ClockMode::Realtime;
  options.rate = rate;
  ScriptedStudent student(nlohmann::json::object());
  ASSERT_EQ(run_window(options, &student), kExitOk);
  ASSERT_TRUE(student.reached_end());
  ASSERT_EQ(student.sights().size(), kCueFrames.size());
  for (std::size_t i = 0; i < kCueFrames.size(); ++i) {
    const auto& sight = student.sights()[i];
    const std::size_t frame = kCueFrames[i];
    EXPECT_EQ(sight.cue_id, "f" + std::to_string(frame));
    const double here = clip_->difference(frame, sight.video.pixels);
    EXPECT_LT(here, 3.0) << "cue at frame " << frame;
    for (const std::size_t neighbour : {frame - 1, frame + 1}) {
      EXPECT_GT(clip_->difference(neighbour, sight.video.pixels), 2 * here + 2)
          << "cue at frame " << frame << " looks like frame " << neighbour;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rates, WindowExactFrameTest, ::testing::Values(1.0, 2.0), [](const auto& info) {
  return info.param == 1.0 ? std::string("At1x") : std::string("At2x");
});

// A shared device: the first run asks for the name, the next offers it first, and
// the learner's captions and text size come back with their place in the lesson.
TEST(WindowLearnerTest, ALearnerIsRememberedWithTheirChoicesAndPlace) {
  const cuepoint::testing::TempDir dir("window-learner");
  const fs::path lesson = kSource / "samples" / "intro-fractions";
  const auto answers = read_json(lesson / "answers.json");
  auto options = untimed_window(lesson, dir.path() / "device.sqlite", 960, 540);
  options.learner.reset();

  ScriptedStudent first(answers);
  bool named = false;
  bool chose = false;
  first.on_idle = [&](WindowControl& control) {
    if (control.screen() == ui::Screen::Learner && !named) {
      EXPECT_EQ(control.view().find(ui::ids::kLearner)->name, "What is your name?");
      named = true;
      push_text("Maya");
      push_key(SDLK_RETURN);
    } else if (control.screen() == ui::Screen::Lesson && !chose) {
      chose = true;
      push_key(SDLK_c);                 // captions on: the first track, English
      push_key(SDLK_PLUS, KMOD_LCTRL);  // larger text
    }
  };
  first.quit_after_answers(3);  // the poll, then the remediated question wrong and right
  ASSERT_EQ(run_window(options, &first), kExitOk);
  EXPECT_FALSE(first.reached_end());

  ScriptedStudent second(answers);
  std::optional<ui::View> resumed;
  lesson::Micros resumed_at = 0;
  second.on_idle = [&](WindowControl& control) {
    if (control.screen() == ui::Screen::Learner) {
      const auto* offered = control.view().find(ui::ids::known_learner(0));
      ASSERT_NE(offered, nullptr);
      EXPECT_EQ(offered->name, "Continue as Maya");
      if (control.view().focused_id == ui::ids::known_learner(0)) push_key(SDLK_RETURN);
    } else if (!resumed) {
      resumed = control.view();
      resumed_at = control.position();
    }
  };
  ASSERT_EQ(run_window(options, &second), kExitOk);
  ASSERT_TRUE(second.reached_end());
  ASSERT_TRUE(resumed);
  EXPECT_EQ(resumed->find(ui::ids::kCaptions)->value, "English (en)");
  EXPECT_DOUBLE_EQ(resumed->text_scale, 1.25);
  EXPECT_GE(resumed_at, 61'000'000);  // after the questions answered in the first run
  const auto* answered = resumed->find("seekbar.cue.what-is-denominator");
  ASSERT_NE(answered, nullptr);
  EXPECT_EQ(answered->status, ui::Status::Answered);
  // The second run asked only what the first did not: the answered cue at the resume
  // point stops on its frame and plays on without a card; compare-fifths is asked next.
  std::vector<std::string> stops;
  for (const auto& sight : second.sights()) stops.push_back(sight.cue_id);
  ASSERT_GE(stops.size(), 2u);
  if (stops.front() == "what-is-denominator") stops.erase(stops.begin());
  EXPECT_EQ(stops.front(), "compare-fifths");

  // Every question answered once over the two runs (the remediated one twice), by Maya.
  std::multiset<std::string> cues;
  for (const auto& row : store::Store::open_read_only(dir.path() / "device.sqlite").attempts()) {
    EXPECT_EQ(row.learner_id, "Maya");
    cues.insert(row.cue_id);
  }
  EXPECT_EQ(cues, (std::multiset<std::string>{"prior-knowledge", "what-is-denominator", "what-is-denominator",
                                              "compare-fifths", "equivalent-to-half", "simplify-four-eighths",
                                              "quarter-as-decimal", "explain-equivalence"}));
  const auto* score = second.end_view()->find(ui::ids::kScore);
  ASSERT_NE(score, nullptr);
  EXPECT_THAT(score->name + " " + score->value, HasSubstr("100"));
}

// Without a display the window says so and points to --headless (exit 4).
TEST(WindowLearnerTest, NoDisplayIsSaidInOneLine) {
  const cuepoint::testing::TempDir dir("window-no-display");
  const auto result = cuepoint::testing::run({"env", "SDL_VIDEODRIVER=x11", "DISPLAY=:98765", CUEPOINT_BIN,
                                              (kSource / "samples" / "intro-fractions").string(), "--learner",
                                              "ada", "--db", (dir.path() / "db.sqlite").string()});
  EXPECT_EQ(result.exit_code, kExitNoDisplay);
  EXPECT_THAT(result.err, HasSubstr("--headless"));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_FALSE(fs::exists(dir.path() / "db.sqlite"));  // nothing recorded, nothing created

  // With no display at all SDL would fall back to an invisible offscreen window.
  const auto unseen =
      cuepoint::testing::run({"env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "SDL_VIDEODRIVER",
                              CUEPOINT_BIN, (kSource / "samples" / "intro-fractions").string(), "--learner",
                              "ada", "--db", (dir.path() / "db.sqlite").string()});
  EXPECT_EQ(unseen.exit_code, kExitNoDisplay) << unseen.err;
  EXPECT_THAT(unseen.err, HasSubstr("no display to open the player window on"));
  EXPECT_FALSE(fs::exists(dir.path() / "db.sqlite"));
}

}  // namespace
}  // namespace cuepoint::window_player::testing
