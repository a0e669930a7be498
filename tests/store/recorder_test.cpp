// The Recorder: every call leaves its fact row and its statement, committed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::record {
namespace {

using nlohmann::json;
using testing::TempDir;

json statement_with_id(store::Store& store, const std::string& id) {
  for (const auto& entry : store.outbox()) {
    if (entry.statement_id == id) return json::parse(entry.statement_json);
  }
  ADD_FAILURE() << "no statement " << id;
  return {};
}

TEST(Recorder, BeginsASessionForTheLearner) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  const auto lesson = testing::sample_lesson();
  Recorder recorder(store, lesson, testing::sample_recorder_config(std::string(64, 'c')));
  const auto sessions = store.sessions();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].uuid, recorder.session_uuid());
  EXPECT_EQ(sessions[0].learner_id, "learner-42");
  EXPECT_EQ(sessions[0].lesson_id, "fractions intro");
  EXPECT_EQ(sessions[0].lesson_version, "3");
  EXPECT_EQ(sessions[0].lesson_sha256, std::string(64, 'c'));
  EXPECT_FALSE(sessions[0].ended_utc);
  ASSERT_EQ(store.learners().size(), 1u);
  EXPECT_EQ(store.learners()[0].display_name, "Ada");
}

TEST(Recorder, RefusesToRecordWithoutALearnerId) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  auto config = testing::sample_recorder_config("hash");
  config.learner_id.clear();
  EXPECT_THROW(Recorder(store, testing::sample_lesson(), config), std::invalid_argument);
}

TEST(Recorder, AnAnswerIsCommittedWithItsStatementBeforeTheCallReturns) {
  TempDir dir;
  const auto file = dir / "db.sqlite";
  auto store = store::Store::open(file);
  const auto lesson = testing::sample_lesson();
  Recorder recorder(store, lesson, testing::sample_recorder_config(std::string(64, 'c')));
  const auto& cue = lesson.cues[1];
  const auto response = lesson::Response::choices({"a", "c"});
  recorder.answered(cue, response, lesson::grade(cue.question, response), 1, 10'250'000);

  // A second connection (another process after a crash) sees it: it is committed.
  auto other = store::Store::open(file);
  const auto attempts = other.attempts();
  ASSERT_EQ(attempts.size(), 1u);
  const auto& attempt = attempts[0];
  EXPECT_EQ(attempt.cue_id, "multiple");
  EXPECT_EQ(attempt.question_type, "multiple-choice");
  EXPECT_EQ(json::parse(attempt.response_json), json::parse(R"({"choices":["a","c"]})"));
  EXPECT_EQ(attempt.correct, false);
  EXPECT_DOUBLE_EQ(*attempt.score, 0.0);  // one hit, one wrong pick
  EXPECT_DOUBLE_EQ(*attempt.max_score, 2.0);
  EXPECT_EQ(attempt.attempt_number, 1);
  EXPECT_EQ(attempt.lesson_time_us, 10'250'000);
  EXPECT_EQ(attempt.session_uuid, recorder.session_uuid());
  const auto statement = statement_with_id(other, attempt.statement_id);
  EXPECT_EQ(statement["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
  EXPECT_EQ(statement["result"]["response"], "a[,]c");
  EXPECT_EQ(statement["timestamp"], attempt.wall_time_utc);
}

TEST(Recorder, AnAnswerSurvivesTheProcessBeingKilledRightAfterTheCall) {
  TempDir dir;
  const auto file = dir / "db.sqlite";
  const auto lesson = testing::sample_lesson();
  const auto& cue = lesson.cues[3];
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = store::Store::open(file);
    Recorder recorder(store, lesson, testing::sample_recorder_config("hash"));
    const auto response = lesson::Response::numeric(0.5);
    recorder.answered(cue, response, lesson::grade(cue.question, response), 1, cue.at);
    raise(SIGKILL);  // no destructors, no close, no checkpoint: as a crash
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  auto store = store::Store::open(file);
  const auto attempts = store.attempts();
  ASSERT_EQ(attempts.size(), 1u);
  EXPECT_EQ(attempts[0].cue_id, "numeric");
  EXPECT_EQ(store.outbox().size(), 1u);
  EXPECT_EQ(store.outbox()[0].statement_id, attempts[0].statement_id);
}

TEST(Recorder, UngradedAnswersHaveNoCorrectnessOrScore) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  const auto lesson = testing::sample_lesson();
  Recorder recorder(store, lesson, testing::sample_recorder_config("hash"));
  const auto& poll = lesson.cues[6];
  const auto response = lesson::Response::choices({"often"});
  recorder.answered(poll, response, lesson::grade(poll.question, response), 1, poll.at);
  const auto attempt = store.attempts().at(0);
  EXPECT_FALSE(attempt.correct);
  EXPECT_FALSE(attempt.score);
  EXPECT_FALSE(attempt.max_score);
}

TEST(Recorder, InitializedTwiceIsAProgrammingError) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  Recorder recorder(store, testing::sample_lesson(), testing::sample_recorder_config("hash"));
  recorder.initialized(1'000'000);
  EXPECT_THROW(recorder.initialized(1'000'000), std::logic_error);
  EXPECT_EQ(store.watch_events().size(), 1u);
}

TEST(Recorder, AttemptCountsResumeAcrossSessions) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  const auto lesson = testing::sample_lesson();
  const auto& cue = lesson.cues[0];
  const auto wrong = lesson::Response::choices({"c"});
  {
    Recorder first(store, lesson, testing::sample_recorder_config("hash"));
    EXPECT_EQ(first.attempts_for(cue), 0);
    first.answered(cue, wrong, lesson::grade(cue.question, wrong), 1, cue.at);
    first.answered(cue, wrong, lesson::grade(cue.question, wrong), 2, cue.at);
  }
  Recorder second(store, lesson, testing::sample_recorder_config("hash"));
  EXPECT_EQ(second.attempts_for(cue), 2);
  EXPECT_EQ(second.attempts_for(lesson.cues[1]), 0);
  auto other_learner = testing::sample_recorder_config("hash");
  other_learner.learner_id = "learner-7";
  Recorder third(store, lesson, other_learner);
  EXPECT_EQ(third.attempts_for(cue), 0);
}

TEST(Recorder, EveryWatchEventHasItsRowAndStatement) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  const int statements = testing::record_full_session(store).statements();
  EXPECT_EQ(static_cast<int>(store.outbox().size()), statements);
  const auto events = store.watch_events();
  std::vector<std::string> kinds;
  for (const auto& event : events) kinds.emplace_back(to_string(event.kind));
  EXPECT_THAT(kinds, ::testing::ElementsAre("initialized", "played", "paused", "played", "seeked",
                                            "rate-changed", "captions", "completed", "terminated"));
  const auto& seek = events[4];
  EXPECT_EQ(seek.from_us, 12'000'000);
  EXPECT_EQ(seek.to_us, 2'000'000);
  EXPECT_EQ(events[5].rate, 1.5);
  EXPECT_EQ(events[6].captions_on, true);
  EXPECT_EQ(events[6].captions_lang, "fr-CA");
  // Every event row points at a statement in the outbox.
  for (const auto& event : events) EXPECT_FALSE(statement_with_id(store, event.statement_id).is_null());
  // The session ended when terminated was recorded.
  EXPECT_TRUE(store.sessions().at(0).ended_utc);
  // The initialized statement's id is the session id of every video statement.
  const auto initialized = statement_with_id(store, events[0].statement_id);
  const auto session_id = store.sessions().at(0).xapi_session_id;
  EXPECT_EQ(initialized["id"], session_id);
  const auto terminated = statement_with_id(store, events[8].statement_id);
  EXPECT_EQ(terminated["context"]["extensions"]["https://w3id.org/xapi/video/extensions/session-id"],
            session_id);
  // Watched 0-5 s, then 5-12 s, then 2-60 s of a 60 s video: all of it.
  EXPECT_EQ(terminated["result"]["extensions"]["https://w3id.org/xapi/video/extensions/played-segments"],
            "0.000[.]60.000");
  EXPECT_EQ(terminated["result"]["extensions"]["https://w3id.org/xapi/video/extensions/progress"], 1.0);
}

}  // namespace
}  // namespace cuepoint::record
