#include "cuepoint/runtime/lesson_runtime.hpp"

#include <gtest/gtest.h>

namespace cuepoint::runtime {
namespace {

using lesson::Cue;
using lesson::QuestionType;
using lesson::Response;

constexpr lesson::Micros kSecond = 1'000'000;

lesson::Choice choice(std::string id, bool correct) {
  lesson::Choice c;
  c.id = std::move(id);
  c.text = c.id;
  c.correct = correct;
  return c;
}

Cue cue(std::string id, lesson::Micros at, QuestionType type) {
  Cue c;
  c.id = std::move(id);
  c.at = at;
  c.question.type = type;
  c.question.prompt = "prompt";
  if (type == QuestionType::SingleChoice || type == QuestionType::Poll) {
    c.question.choices = {choice("a", type != QuestionType::Poll), choice("b", false)};
  } else if (type == QuestionType::MultipleChoice) {
    c.question.choices = {choice("a", true), choice("b", true), choice("c", false)};
  } else if (type == QuestionType::TrueFalse) {
    c.question.choices = {choice("true", true), choice("false", false)};
  } else if (type == QuestionType::Numeric) {
    c.question.numeric_value = 0.5;
    c.question.tolerance = 0.01;
  } else if (type == QuestionType::Text) {
    c.question.accepted_answers = {"one half"};
  }
  return c;
}

lesson::Lesson lesson_with(std::vector<Cue> cues, int max_attempts = 2) {
  lesson::Lesson l;
  l.id = "l";
  l.version = "1";
  l.title = "t";
  l.video.src = "v.mp4";
  l.settings.max_attempts = max_attempts;
  l.settings.pass_score = 50;
  l.cues = std::move(cues);
  return l;
}

TEST(LessonRuntime, StopsAtArmedPausingCuesInOrder) {
  auto l = lesson_with(
      {cue("n", 1 * kSecond, QuestionType::Note), cue("q", 3 * kSecond, QuestionType::SingleChoice)});
  l.cues[0].pause = false;
  LessonRuntime runtime(l);
  EXPECT_EQ(runtime.next_stop(0), 3 * kSecond);
  EXPECT_EQ(runtime.pausing_cue_at(3 * kSecond), &l.cues[1]);
  EXPECT_EQ(runtime.pausing_cue_at(2 * kSecond), nullptr);
  runtime.fire(l.cues[1]);
  EXPECT_EQ(runtime.next_stop(3 * kSecond), std::nullopt);
}

TEST(LessonRuntime, PassingCuesAreTheNonPausingOnesCrossed) {
  auto l = lesson_with(
      {cue("n", 1 * kSecond, QuestionType::Note), cue("q", 3 * kSecond, QuestionType::SingleChoice)});
  l.cues[0].pause = false;
  LessonRuntime runtime(l);
  EXPECT_TRUE(runtime.passing_cues(0, kSecond - 1).empty());
  auto passing = runtime.passing_cues(kSecond - 1, kSecond);
  ASSERT_EQ(passing.size(), 1u);
  EXPECT_EQ(passing[0]->id, "n");
  const auto firing = runtime.fire(*passing[0]);
  EXPECT_FALSE(firing.pauses);
  EXPECT_FALSE(firing.wants_response);
  EXPECT_TRUE(runtime.passing_cues(0, 5 * kSecond).empty());
}

TEST(LessonRuntime, CorrectAnswerCompletesTheCue) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  const auto firing = runtime.fire(l.cues[0]);
  EXPECT_TRUE(firing.pauses);
  EXPECT_TRUE(firing.wants_response);
  EXPECT_EQ(firing.attempts_left, 2);
  const auto outcome = runtime.answer(l.cues[0], Response::choices({"a"}));
  EXPECT_TRUE(outcome.grade.correct);
  EXPECT_EQ(outcome.attempt, 1);
  EXPECT_EQ(outcome.attempts_left, 1);
  EXPECT_TRUE(outcome.completed);
  EXPECT_FALSE(outcome.retry);
  EXPECT_FALSE(outcome.seek);
  EXPECT_THROW(runtime.answer(l.cues[0], Response::choices({"a"})), std::invalid_argument);
}

TEST(LessonRuntime, WrongAnswerRetriesUntilAttemptsRunOut) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::TrueFalse)}, 3);
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  auto first = runtime.answer(l.cues[0], Response::choices({"false"}));
  EXPECT_FALSE(first.grade.correct);
  EXPECT_TRUE(first.retry);
  EXPECT_EQ(first.attempts_left, 2);
  auto second = runtime.answer(l.cues[0], Response::choices({"false"}));
  EXPECT_TRUE(second.retry);
  auto third = runtime.answer(l.cues[0], Response::choices({"false"}));
  EXPECT_FALSE(third.retry);
  EXPECT_TRUE(third.completed);
  EXPECT_EQ(third.attempts_left, 0);
  EXPECT_FALSE(runtime.progress(l.cues[0]).correct);
}

TEST(LessonRuntime, UnlimitedAttemptsNeverRunOut) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::Numeric)}, 0);
  LessonRuntime runtime(l);
  EXPECT_EQ(runtime.fire(l.cues[0]).attempts_left, -1);
  for (int i = 0; i < 20; ++i) {
    auto outcome = runtime.answer(l.cues[0], Response::numeric(0.9));
    EXPECT_TRUE(outcome.retry);
    EXPECT_EQ(outcome.attempts_left, -1);
  }
  EXPECT_TRUE(runtime.answer(l.cues[0], Response::free_text("0.505")).grade.correct);
}

TEST(LessonRuntime, RemediationSeekReArmsTheCueAndAsksAgain) {
  auto l = lesson_with(
      {cue("early", 2 * kSecond, QuestionType::Note), cue("q", 10 * kSecond, QuestionType::SingleChoice)});
  l.cues[1].question.on_incorrect_seek = 4 * kSecond;
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  runtime.fire(l.cues[1]);
  const auto outcome = runtime.answer(l.cues[1], Response::choices({"b"}));
  ASSERT_TRUE(outcome.seek);
  EXPECT_EQ(outcome.seek->from, 10 * kSecond);
  EXPECT_EQ(outcome.seek->to, 4 * kSecond);
  EXPECT_EQ(outcome.seek->reason, SeekReason::Remediation);
  EXPECT_FALSE(outcome.retry);
  runtime.seeked(outcome.seek->from, outcome.seek->to);
  // The cue before the target stays done; the remediated one fires again.
  EXPECT_EQ(runtime.next_stop(0), 10 * kSecond);
  const auto again = runtime.fire(l.cues[1]);
  EXPECT_EQ(again.firing, 2);
  EXPECT_TRUE(again.wants_response);
  EXPECT_EQ(again.attempts_left, 1);
  EXPECT_TRUE(runtime.answer(l.cues[1], Response::choices({"a"})).grade.correct);
}

TEST(LessonRuntime, NoRemediationAfterTheLastAttempt) {
  auto l = lesson_with({cue("q", 10 * kSecond, QuestionType::SingleChoice)}, 1);
  l.cues[0].question.on_incorrect_seek = 4 * kSecond;
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  const auto outcome = runtime.answer(l.cues[0], Response::choices({"b"}));
  EXPECT_FALSE(outcome.seek);
  EXPECT_TRUE(outcome.completed);
}

TEST(LessonRuntime, OnCorrectSeekIsAdaptive) {
  auto l = lesson_with({cue("q", 10 * kSecond, QuestionType::Text)});
  l.cues[0].question.on_correct_seek = 30 * kSecond;
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  const auto outcome = runtime.answer(l.cues[0], Response::free_text("  One HALF "));
  EXPECT_TRUE(outcome.grade.correct);
  ASSERT_TRUE(outcome.seek);
  EXPECT_EQ(outcome.seek->reason, SeekReason::Adaptive);
  EXPECT_EQ(outcome.seek->to, 30 * kSecond);
}

TEST(LessonRuntime, CompletedCueFiresAgainWithoutAsking) {
  auto l = lesson_with({cue("q", 10 * kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  runtime.answer(l.cues[0], Response::choices({"a"}));
  runtime.seeked(12 * kSecond, 0);
  EXPECT_EQ(runtime.next_stop(0), 10 * kSecond);
  const auto firing = runtime.fire(l.cues[0]);
  EXPECT_EQ(firing.firing, 2);
  EXPECT_FALSE(firing.wants_response);
}

TEST(LessonRuntime, ForwardSeekDoesNotReArm) {
  auto l = lesson_with({cue("q", 10 * kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  runtime.seeked(10 * kSecond, 20 * kSecond);
  EXPECT_EQ(runtime.next_stop(0), std::nullopt);
}

TEST(LessonRuntime, UngradedAnswersCompleteWithoutScore) {
  auto l =
      lesson_with({cue("poll", kSecond, QuestionType::Poll), cue("open", 2 * kSecond, QuestionType::Open)});
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  auto poll = runtime.answer(l.cues[0], Response::choices({"b"}));
  EXPECT_FALSE(poll.grade.graded);
  EXPECT_TRUE(poll.completed);
  EXPECT_FALSE(poll.retry);
  runtime.fire(l.cues[1]);
  auto open = runtime.answer(l.cues[1], Response::free_text("because"));
  EXPECT_TRUE(open.completed);
  const auto result = runtime.result();
  EXPECT_EQ(result.max_score, 0.0);
  EXPECT_EQ(result.percent, 100.0);
  EXPECT_TRUE(result.passed);
  EXPECT_EQ(result.cues_completed, 2);
}

TEST(LessonRuntime, NotesTakeNoAnswer) {
  auto l = lesson_with({cue("n", kSecond, QuestionType::Note)});
  LessonRuntime runtime(l);
  const auto firing = runtime.fire(l.cues[0]);
  EXPECT_TRUE(firing.pauses);
  EXPECT_FALSE(firing.wants_response);
  EXPECT_THROW(runtime.answer(l.cues[0], Response::none()), std::invalid_argument);
  EXPECT_TRUE(runtime.progress(l.cues[0]).completed);
}

TEST(LessonRuntime, ResponsesThatDoNotFitAreRefusedWithoutUsingAnAttempt) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  try {
    runtime.answer(l.cues[0], Response::choices({"zzz"}));
    FAIL() << "an unknown choice id was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("cue 'q'"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("zzz"), std::string::npos) << error.what();
  }
  EXPECT_EQ(runtime.progress(l.cues[0]).attempts, 0);
}

TEST(LessonRuntime, OptionalCuesCanBeSkippedRequiredOnesCannot) {
  auto l = lesson_with(
      {cue("opt", kSecond, QuestionType::SingleChoice), cue("req", 2 * kSecond, QuestionType::SingleChoice)});
  l.cues[0].required = false;
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  runtime.skip(l.cues[0]);
  EXPECT_TRUE(runtime.progress(l.cues[0]).skipped);
  runtime.fire(l.cues[1]);
  EXPECT_THROW(runtime.skip(l.cues[1]), std::logic_error);
}

TEST(LessonRuntime, SkipAheadRulesBlockForwardSeeksPastUnansweredRequiredCues) {
  auto l = lesson_with({cue("q1", 10 * kSecond, QuestionType::SingleChoice),
                        cue("q2", 20 * kSecond, QuestionType::SingleChoice)});
  l.settings.allow_skip_ahead = false;
  LessonRuntime runtime(l);
  runtime.watched_until(5 * kSecond);
  // Forward: never past the furthest point watched.
  EXPECT_EQ(runtime.allowed_seek_target(2 * kSecond, 8 * kSecond), 5 * kSecond);
  // Backward: always.
  EXPECT_EQ(runtime.allowed_seek_target(5 * kSecond, kSecond), kSecond);
  EXPECT_EQ(runtime.allowed_seek_target(5 * kSecond, -3), 0);
  runtime.watched_until(15 * kSecond);
  // Watched past q1 (it was skipped somehow): still cannot pass the unanswered required cue.
  EXPECT_EQ(runtime.allowed_seek_target(2 * kSecond, 14 * kSecond), 10 * kSecond);
  runtime.fire(l.cues[0]);
  runtime.answer(l.cues[0], Response::choices({"a"}));
  EXPECT_EQ(runtime.allowed_seek_target(2 * kSecond, 14 * kSecond), 14 * kSecond);
  EXPECT_EQ(runtime.allowed_seek_target(2 * kSecond, 40 * kSecond), 15 * kSecond);
}

TEST(LessonRuntime, SkipAheadAllowedMeansAnyTarget) {
  auto l = lesson_with({cue("q1", 10 * kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  EXPECT_EQ(runtime.allowed_seek_target(0, 50 * kSecond), 50 * kSecond);
}

TEST(LessonRuntime, ResultUsesBestScoreAndPassScore) {
  auto l = lesson_with(
      {cue("q1", kSecond, QuestionType::MultipleChoice), cue("q2", 2 * kSecond, QuestionType::SingleChoice)});
  l.cues[0].question.points = 2;
  l.settings.pass_score = 75;
  LessonRuntime runtime(l);
  runtime.fire(l.cues[0]);
  auto partial = runtime.answer(l.cues[0], Response::choices({"a"}));
  EXPECT_FALSE(partial.grade.correct);
  EXPECT_DOUBLE_EQ(partial.grade.score, 1.0);
  runtime.answer(l.cues[0], Response::choices({"c"}));  // worse second try: best score stays
  runtime.fire(l.cues[1]);
  runtime.answer(l.cues[1], Response::choices({"a"}));
  const auto result = runtime.result();
  EXPECT_DOUBLE_EQ(result.score, 2.0);
  EXPECT_DOUBLE_EQ(result.max_score, 3.0);
  EXPECT_NEAR(result.percent, 66.667, 0.001);
  EXPECT_FALSE(result.passed);
}

TEST(LessonRuntime, RestoredProgressCarriesAttempts) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  CueProgress earlier;
  earlier.attempts = 1;
  runtime.restore(l.cues[0], earlier);
  const auto firing = runtime.fire(l.cues[0]);
  EXPECT_EQ(firing.attempts_left, 1);
  const auto outcome = runtime.answer(l.cues[0], Response::choices({"b"}));
  EXPECT_EQ(outcome.attempt, 2);
  EXPECT_TRUE(outcome.completed);
}

TEST(LessonRuntime, ForeignCuesAreRefused) {
  auto l = lesson_with({cue("q", kSecond, QuestionType::SingleChoice)});
  LessonRuntime runtime(l);
  const Cue stranger = cue("q", kSecond, QuestionType::SingleChoice);
  EXPECT_THROW(runtime.fire(stranger), std::invalid_argument);
}

}  // namespace
}  // namespace cuepoint::runtime
