// LessonSession driven directly, as a front end would: exact cue frames, answers
// durable before they are reported, remediation, coalesced and limited seeks,
// skipping, the end, the watch records, and resume.
#include <gtest/gtest.h>

#include <memory>
#include <variant>

#include "clip_fixture.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/session/lesson_session.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

using lesson::Micros;
using session::SessionEvent;

// 25 fps: frames at 0, 0.04, ..., 3.96 s.
const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="session-check" version="1" xml:lang="en">
  <title>Session check</title>
  <video src="clip.mp4"/>
  <settings allow-skip-ahead="SKIP" pass-score="50" max-attempts="2"/>
  <cue id="first" at="0.52">
    <question type="true-false">
      <prompt>Is the sky green?</prompt>
      <choice id="true" correct="false">True</choice>
      <choice id="false" correct="true">False</choice>
      <on-incorrect seek="0.2"/>
    </question>
  </cue>
  <cue id="aside" at="1" pause="false" required="false">
    <question type="note"><prompt>Just a note.</prompt></question>
  </cue>
  <cue id="poll" at="1.5" required="false">
    <question type="poll">
      <prompt>Liked it?</prompt>
      <choice id="y">Yes</choice>
      <choice id="n">No</choice>
    </question>
  </cue>
  <cue id="gate" at="2.5">
    <question type="numeric"><prompt>Half of one?</prompt><answer value="0.5"/></question>
  </cue>
</lesson>
)";

class LessonSession : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("session");
    clip_ = std::make_unique<ReferenceClip>(
        make_reference_clip(dir_->path(), "clip.mp4",
                            {"-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v",
                             "libx264", "-bf", "2", "-g", "30", "-pix_fmt", "yuv420p"}));
  }
  static void TearDownTestSuite() {
    clip_.reset();
    dir_.reset();
  }

  // A lesson folder using the shared clip, and the session playing it.
  std::unique_ptr<session::LessonSession> open(bool allow_skip_ahead = true, bool resume = false,
                                               const std::string& xml = kLesson) {
    std::string text = xml;
    if (const auto at = text.find("SKIP"); at != std::string::npos)
      text.replace(at, 4, allow_skip_ahead ? "true" : "false");
    const auto folder = *dir_ / name_;
    write_file(folder / "lesson.xml", text);
    // A copy: a symlink to the shared clip would lead outside this lesson's folder.
    if (!std::filesystem::exists(folder / "clip.mp4"))
      std::filesystem::copy_file(clip_->file, folder / "clip.mp4");
    auto load = loader::load_lesson(folder);
    EXPECT_TRUE(load.ok()) << (load.diagnostics.empty() ? "" : load.diagnostics.front().to_string());
    session::SessionConfig config;
    config.database = database();
    config.learner_id = "ada";
    config.resume = resume;
    auto opened = session::LessonSession::open(std::move(*load.loaded), config);
    opened->start();
    return opened;
  }

  std::filesystem::path database() const { return *dir_ / (name_ + ".sqlite"); }

  // Steps until an event of type T arrives (collecting everything on the way).
  template <typename T>
  T step_until(session::LessonSession& session, std::vector<SessionEvent>* seen = nullptr) {
    for (int steps = 0; steps < 10'000; ++steps) {
      for (auto& event : session.step(0)) {
        if (seen) seen->push_back(event);
        if (auto* wanted = std::get_if<T>(&event)) return *wanted;
        if (auto* error = std::get_if<session::Error>(&event)) ADD_FAILURE() << error->message;
      }
      if (session.finished()) break;
    }
    ADD_FAILURE() << "the awaited event never came";
    return T{};
  }

  const lesson::Cue& cue(session::LessonSession& session, const std::string& id) {
    return *session.lesson().find_cue(id);
  }

  std::vector<std::string> watch_kinds() {
    auto store = store::Store::open(database());
    std::vector<std::string> kinds;
    for (const auto& event : store.watch_events()) kinds.emplace_back(store::to_string(event.kind));
    return kinds;
  }

  std::string name_ = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  static std::unique_ptr<TempDir> dir_;
  static std::unique_ptr<ReferenceClip> clip_;
};

std::unique_ptr<TempDir> LessonSession::dir_;
std::unique_ptr<ReferenceClip> LessonSession::clip_;

const auto kTrue = lesson::Response::choices({"true"});
const auto kFalse = lesson::Response::choices({"false"});

TEST_F(LessonSession, APausingCueIsReachedOnItsExactFrame) {
  auto session = open();
  const auto reached = step_until<session::CueReached>(*session);
  ASSERT_NE(reached.cue, nullptr);
  EXPECT_EQ(reached.cue->id, "first");
  EXPECT_TRUE(reached.pauses);
  EXPECT_TRUE(reached.wants_response);
  ASSERT_TRUE(reached.shown);
  EXPECT_EQ(reached.shown->lesson_time(), clip_->frame_times[clip_->frame_at(520'000)]);
  EXPECT_EQ(session->position(), 520'000);
  EXPECT_EQ(session->open_question(), reached.cue);
  // Held there: the question is open, so play() is refused and nothing advances.
  EXPECT_FALSE(session->play());
  EXPECT_TRUE(session->step(0).empty());
  EXPECT_EQ(session->position(), 520'000);
}

TEST_F(LessonSession, AnAnswerIsDurableWhenItIsGraded) {
  auto session = open();
  step_until<session::CueReached>(*session);
  const auto events = session->answer(cue(*session, "first"), kFalse);
  ASSERT_EQ(events.size(), 1u);
  const auto& graded = std::get<session::AnswerGraded>(events[0]);
  EXPECT_TRUE(graded.outcome.grade.correct);
  // Another connection sees the committed attempt while the session is still open.
  auto store = store::Store::open(database());
  const auto attempts = store.attempts();
  ASSERT_EQ(attempts.size(), 1u);
  EXPECT_EQ(attempts[0].cue_id, "first");
  EXPECT_EQ(attempts[0].correct, true);
  EXPECT_EQ(session->open_question(), nullptr);
  EXPECT_TRUE(session->play());
}

TEST_F(LessonSession, AWrongAnswerSeeksBackForRemediationAndTheCueAsksAgain) {
  auto session = open();
  step_until<session::CueReached>(*session);
  const auto events = session->answer(cue(*session, "first"), kTrue);
  const auto& graded = std::get<session::AnswerGraded>(events.at(0));
  ASSERT_TRUE(graded.outcome.seek);
  const auto seek = step_until<session::Seeked>(*session);
  EXPECT_EQ(seek.from, 520'000);
  EXPECT_EQ(seek.to, 200'000);
  EXPECT_EQ(seek.reason, runtime::SeekReason::Remediation);
  const auto again = step_until<session::CueReached>(*session);
  EXPECT_EQ(again.cue->id, "first");
  EXPECT_EQ(again.firing, 2);
  EXPECT_TRUE(again.wants_response);
  EXPECT_EQ(again.shown->lesson_time(), clip_->frame_times[clip_->frame_at(520'000)]);
}

TEST_F(LessonSession, ManySeeksInOneStepExecuteOnlyTheLast) {
  auto session = open();
  step_until<session::CueReached>(*session);
  session->answer(cue(*session, "first"), kFalse);
  ASSERT_TRUE(session->play());
  for (int i = 1; i <= 20; ++i) session->request_seek(i * 100'000);  // 0.1 .. 2.0 s
  const auto events = session->step(0);
  std::vector<session::Seeked> seeks;
  for (const auto& event : events) {
    if (const auto* seek = std::get_if<session::Seeked>(&event)) seeks.push_back(*seek);
  }
  ASSERT_EQ(seeks.size(), 1u);
  EXPECT_EQ(seeks[0].to, 2'000'000);
  EXPECT_EQ(seeks[0].reason, runtime::SeekReason::Learner);
  ASSERT_TRUE(session->shown());
  EXPECT_GE(session->position(), 2'000'000);
  session->terminate();
  const auto kinds = watch_kinds();
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "seeked"), 1) << "one seek recorded, not twenty";
}

TEST_F(LessonSession, SkippingAheadPastAnUnansweredRequiredCueIsRefused) {
  auto session = open(/*allow_skip_ahead=*/false);
  step_until<session::CueReached>(*session);
  session->answer(cue(*session, "first"), kFalse);
  ASSERT_TRUE(session->play());
  session->request_seek(3'000'000);  // beyond everything watched, and past the required 'gate'
  std::vector<SessionEvent> events = session->step(0);
  const session::SeekLimited* limited = nullptr;
  for (const auto& event : events) {
    if (std::holds_alternative<session::Seeked>(event)) ADD_FAILURE() << "the seek was executed";
    if (const auto* found = std::get_if<session::SeekLimited>(&event)) limited = found;
  }
  ASSERT_NE(limited, nullptr);
  EXPECT_EQ(limited->requested, 3'000'000);
  EXPECT_EQ(limited->allowed, limited->from);
  EXPECT_EQ(limited->from, 520'000);
  // Backward is always allowed.
  session->request_seek(100'000);
  const auto back = step_until<session::Seeked>(*session);
  EXPECT_EQ(back.to, 100'000);
}

TEST_F(LessonSession, OnlyOptionalQuestionsCanBeSkipped) {
  auto session = open();
  const auto first = step_until<session::CueReached>(*session);
  EXPECT_THROW(session->skip(*first.cue), std::logic_error);
  session->answer(*first.cue, kFalse);
  session->play();
  std::vector<SessionEvent> seen;
  const auto poll = step_until<session::CueReached>(*session, &seen);
  // The non-pausing note passed on the way without holding playback.
  EXPECT_EQ(poll.cue->id, "aside");
  EXPECT_FALSE(poll.pauses);
  const auto held = step_until<session::CueReached>(*session);
  EXPECT_EQ(held.cue->id, "poll");
  const auto events = session->skip(*held.cue);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::get<session::Skipped>(events[0]).cue, held.cue);
  EXPECT_TRUE(session->runtime().progress(*held.cue).skipped);
  EXPECT_TRUE(session->play());
}

TEST_F(LessonSession, PlayedToTheEndEveryWatchRecordIsDurable) {
  {
    auto session = open();
    session->answer(*step_until<session::CueReached>(*session).cue, kFalse);
    session->play();
    step_until<session::CueReached>(*session);  // aside
    session->skip(*step_until<session::CueReached>(*session).cue);
    session->play();
    const auto gate = step_until<session::CueReached>(*session);
    EXPECT_EQ(gate.cue->id, "gate");
    session->answer(*gate.cue, lesson::Response::numeric(0.5));
    session->play();
    const auto end = step_until<session::Ended>(*session);
    EXPECT_DOUBLE_EQ(end.result.score, 2.0);
    EXPECT_TRUE(end.result.passed);
    EXPECT_TRUE(session->finished());
    // Ended promises durability: read before the session goes away.
    EXPECT_EQ(watch_kinds(),
              (std::vector<std::string>{"initialized", "played", "paused", "played", "paused", "played",
                                        "paused", "played", "completed", "terminated"}));
  }
}

TEST_F(LessonSession, AVideoThatEndsBeforeACueIsAnErrorAndItsRecordsAreDurable) {
  std::string xml = kLesson;
  xml.replace(xml.find("at=\"2.5\""), 8, "at=\"9\"");
  auto session = open(true, false, xml);
  session->answer(*step_until<session::CueReached>(*session).cue, kFalse);
  session->play();
  step_until<session::CueReached>(*session);
  session->skip(*step_until<session::CueReached>(*session).cue);
  session->play();
  const auto error = step_until<session::Error>(*session);
  EXPECT_EQ(error.kind, session::Error::Kind::VideoEndedEarly);
  EXPECT_NE(error.message.find("the video ended at 0:04, before cue 'gate' at 0:09"), std::string::npos)
      << error.message;
  const auto kinds = watch_kinds();
  ASSERT_FALSE(kinds.empty());
  EXPECT_EQ(kinds.back(), "terminated");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "completed"), 0);
}

TEST_F(LessonSession, ResumeRestoresAttemptsAndPosition) {
  {
    auto first = open();
    first->answer(*step_until<session::CueReached>(*first).cue, kFalse);
    first->play();
    step_until<session::CueReached>(*first);  // aside
    step_until<session::CueReached>(*first);  // poll, 1.5 s: the learner leaves here
    first->terminate();
  }
  auto fresh = open();
  EXPECT_EQ(fresh->start_position(), 0);
  EXPECT_EQ(step_until<session::CueReached>(*fresh).cue->id, "first") << "without resume, a fresh start";
  fresh->terminate();
  fresh.reset();

  // The fresh run above ended at 0.52 s: resume continues from the learner's last session.
  auto resumed = open(true, /*resume=*/true);
  EXPECT_EQ(resumed->start_position(), 520'000);
  const auto& first_cue = cue(*resumed, "first");
  EXPECT_EQ(resumed->runtime().progress(first_cue).attempts, 1);
  EXPECT_TRUE(resumed->runtime().progress(first_cue).completed);
  EXPECT_TRUE(resumed->runtime().progress(first_cue).correct);
  const auto next = step_until<session::CueReached>(*resumed);
  EXPECT_EQ(next.cue->id, "first") << "the cue at the resume point still shows";
  EXPECT_FALSE(next.wants_response) << "it was answered in an earlier session";
}

}  // namespace
}  // namespace cuepoint::testing
