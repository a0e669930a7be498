// The report's figures on a small class built by hand, where every number can
// be worked out on paper (the scenario is described in ClassFixture).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cuepoint/report/class_report.hpp"
#include "cuepoint/report/report_error.hpp"
#include "report_records.hpp"

namespace cuepoint::report {
namespace {

using testing::at;
using ::testing::ElementsAre;
using testing::SessionBuilder;

// Lesson "fractions", 15 s: q1 (single-choice, 1 point) at 5 s, q2 (numeric,
// 2 points) at 12 s, a poll at 14 s.
// * ana: right everywhere, watches straight through to the end.
// * ben: q1 wrong ("b", 10 s after the pause), is sent back to 2 s, right at
//   attempt 2; jumps from 6 s to 12 s; q2 wrong then right; leaves at 13 s.
// * cai: two fresh sessions (attempt numbers start again): "b", then "c" and "b";
//   never right, never past 5 s.
// * dev: answers only (no watch records): q1 "b", then right.
ClassRecords class_records() {
  ClassRecords records;
  SessionBuilder(records, "ana", "sA")
      .initialized(15, 0)
      .played(0, 0.1)
      .paused(5, 5.1)
      .answered("q1", 5, "single-choice", "a", true, 1, 7.1)
      .played(5, 7.2)
      .paused(12, 14.2)
      .answered("q2", 12, "numeric", "0.5", true, 1, 18.2, 2.0)
      .played(12, 18.3)
      .paused(14, 20.3)
      .answered("poll", 14, "poll", "yes", std::nullopt, 1, 21.3)
      .played(14, 21.4)
      .completed(15, 22.4)
      .terminated(15, 22.4);
  SessionBuilder(records, "ben", "sB")
      .initialized(15, 0)
      .played(0, 0)
      .paused(5, 5)
      .answered("q1", 5, "single-choice", "b", false, 1, 15)
      .seeked(5, 2, 15.1)
      .played(2, 15.1)
      .paused(5, 18.1)
      .answered("q1", 5, "single-choice", "a", true, 2, 19.1)
      .played(5, 19.2)
      .seeked(6, 12, 20.2)
      .paused(12, 20.3)
      .answered("q2", 12, "numeric", "1", false, 1, 25.3, 2.0)
      .answered("q2", 12, "numeric", "0.5", true, 2, 26.3, 2.0)
      .played(12, 26.4)
      .terminated(13, 27.4);
  SessionBuilder(records, "cai", "sC1")
      .initialized(15, 0)
      .played(0, 0)
      .paused(5, 5)
      .answered("q1", 5, "single-choice", "b", false, 1, 9)
      .terminated(5, 9.5);
  SessionBuilder(records, "cai", "sC2")
      .initialized(15, 100)
      .played(0, 100)
      .paused(5, 105)
      .answered("q1", 5, "single-choice", "c", false, 1, 106)
      .answered("q1", 5, "single-choice", "b", false, 2, 107)
      .terminated(5, 108);
  SessionBuilder(records, "dev", "sD")
      .answered("q1", 5, "single-choice", "b", false, 1, 50)
      .answered("q1", 5, "single-choice", "a", true, 2, 51);
  records.name_learner("ana", "Ana Lima");
  return records;
}

const QuestionFigures& question(const ClassReport& report, const std::string& id) {
  for (const auto& q : report.questions) {
    if (q.cue_id == id) return q;
  }
  throw std::out_of_range("no question " + id);
}

const LearnerFigures& learner(const ClassReport& report, const std::string& id) {
  for (const auto& l : report.learners) {
    if (l.learner_id == id) return l;
  }
  throw std::out_of_range("no learner " + id);
}

TEST(ClassReport, CountsTheClassAndOrdersQuestionsByCueTime) {
  const auto report = build_report(class_records(), "fractions");
  EXPECT_EQ(report.lesson_id, "fractions");
  EXPECT_THAT(report.lesson_versions, ElementsAre("2"));
  EXPECT_EQ(report.sessions, 5);
  EXPECT_EQ(report.answers, 12);
  EXPECT_EQ(report.watch_events, 29);
  EXPECT_EQ(report.video_length, at(15));
  ASSERT_EQ(report.questions.size(), 3U);
  EXPECT_EQ(report.questions[0].cue_id, "q1");
  EXPECT_EQ(report.questions[1].cue_id, "q2");
  EXPECT_EQ(report.questions[2].cue_id, "poll");
  ASSERT_EQ(report.learners.size(), 4U);
  EXPECT_EQ(report.learners[0].learner_id, "ana");
  EXPECT_EQ(report.learners[0].display_name, "Ana Lima");
  EXPECT_EQ(report.learners[3].learner_id, "dev");
  EXPECT_EQ(report.learners[3].display_name, "");
}

TEST(ClassReport, QuestionFiguresFollowEachLearnersFirstAndLastAttempts) {
  const auto report = build_report(class_records(), "fractions");
  const auto& q1 = question(report, "q1");
  EXPECT_TRUE(q1.graded);
  EXPECT_EQ(q1.cue_time, at(5));
  EXPECT_EQ(q1.learners, 4);
  EXPECT_EQ(q1.correct_first, 1);    // ana; cai's second session's attempt 1 is not her first
  EXPECT_EQ(q1.correct_finally, 3);  // ana, ben, dev
  EXPECT_DOUBLE_EQ(q1.share_correct_first(), 0.25);
  EXPECT_DOUBLE_EQ(q1.share_correct_finally(), 0.75);
  EXPECT_DOUBLE_EQ(q1.mean_attempts, 2.0);  // 1 + 2 + 3 + 2 over 4
  EXPECT_EQ(q1.max_attempts, 3);
  EXPECT_EQ(q1.wrong_attempts, 5);
  EXPECT_EQ(q1.top_wrong_answer, "b");
  EXPECT_EQ(q1.top_wrong_count, 4);
  // From the pause at 5 s to the first answer: ana 2 s, ben 10 s, cai 4 s; dev has no pause.
  ASSERT_TRUE(q1.median_seconds_to_answer);
  EXPECT_DOUBLE_EQ(*q1.median_seconds_to_answer, 4.0);
  EXPECT_DOUBLE_EQ(q1.max_score, 1.0);

  const auto& q2 = question(report, "q2");
  EXPECT_EQ(q2.learners, 2);
  EXPECT_EQ(q2.correct_first, 1);
  EXPECT_EQ(q2.correct_finally, 2);
  EXPECT_DOUBLE_EQ(q2.mean_attempts, 1.5);
  EXPECT_EQ(q2.top_wrong_answer, "1");
  ASSERT_TRUE(q2.median_seconds_to_answer);
  EXPECT_DOUBLE_EQ(*q2.median_seconds_to_answer, 4.5);  // 4 s and 5 s
  EXPECT_DOUBLE_EQ(q2.max_score, 2.0);
}

TEST(ClassReport, UngradedQuestionsHaveNoCorrectnessOrWrongAnswer) {
  const auto report = build_report(class_records(), "fractions");
  const auto& poll = question(report, "poll");
  EXPECT_FALSE(poll.graded);
  EXPECT_EQ(poll.learners, 1);
  EXPECT_EQ(poll.correct_first, 0);
  EXPECT_EQ(poll.wrong_attempts, 0);
  EXPECT_FALSE(poll.top_wrong_answer);
  ASSERT_TRUE(poll.median_seconds_to_answer);
  EXPECT_DOUBLE_EQ(*poll.median_seconds_to_answer, 1.0);
}

TEST(ClassReport, LearnerScoresAreBestScoresOverTheClassQuestions) {
  const auto report = build_report(class_records(), "fractions");
  EXPECT_DOUBLE_EQ(learner(report, "ana").score, 3.0);
  EXPECT_DOUBLE_EQ(learner(report, "ana").max_score, 3.0);
  EXPECT_DOUBLE_EQ(learner(report, "ana").percent.value_or(-1), 100.0);
  EXPECT_DOUBLE_EQ(learner(report, "ben").percent.value_or(-1), 100.0);
  EXPECT_DOUBLE_EQ(learner(report, "cai").percent.value_or(-1), 0.0);
  EXPECT_DOUBLE_EQ(learner(report, "dev").score, 1.0);
  EXPECT_DOUBLE_EQ(learner(report, "dev").max_score, 3.0);  // q2 counts although dev never reached it
  EXPECT_NEAR(learner(report, "dev").percent.value_or(-1), 100.0 / 3.0, 1e-9);
  EXPECT_EQ(learner(report, "ana").questions_answered, 3);
  EXPECT_EQ(learner(report, "ben").questions_answered, 2);
  EXPECT_EQ(learner(report, "cai").questions_answered, 1);
  EXPECT_EQ(learner(report, "cai").sessions, 2);
}

TEST(ClassReport, LearnerWatchingComesFromTheWatchRecords) {
  const auto report = build_report(class_records(), "fractions");
  EXPECT_TRUE(learner(report, "ana").completed);
  EXPECT_EQ(learner(report, "ana").watched, at(15));
  EXPECT_EQ(learner(report, "ana").seen, at(15));
  // ben: 0-5, 2-5 again, 5-6, then 12-13 after jumping ahead.
  EXPECT_FALSE(learner(report, "ben").completed);
  EXPECT_EQ(learner(report, "ben").watched, at(10));
  EXPECT_EQ(learner(report, "ben").seen, at(7));
  EXPECT_EQ(learner(report, "cai").watched, at(10));
  EXPECT_EQ(learner(report, "cai").seen, at(5));
  EXPECT_EQ(learner(report, "dev").watched, 0);
  EXPECT_FALSE(learner(report, "dev").completed);
}

TEST(ClassReport, TimelineCountsViewersRewatchesAndSkipsPerSecond) {
  const auto report = build_report(class_records(), "fractions");
  ASSERT_EQ(report.timeline.size(), 15U);
  std::vector<int> viewers;
  std::vector<int> rewatches;
  std::vector<int> skips;
  for (const auto& second : report.timeline) {
    viewers.push_back(second.viewers);
    rewatches.push_back(second.rewatches);
    skips.push_back(second.skips);
  }
  // Pauses at 5 s and 12 s do not count seconds 4, 5, 11 or 12 twice.
  EXPECT_THAT(viewers, ElementsAre(3, 3, 3, 3, 3, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1));
  // ben's remediation (2-5 s) and cai's second session (0-5 s).
  EXPECT_THAT(rewatches, ElementsAre(1, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  // ben's jump from 6 s to 12 s.
  EXPECT_THAT(skips, ElementsAre(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0));
}

TEST(ClassReport, AMidSecondPauseCountsThatSecondOnceAndASeekPastItsMiddleSkipsIt) {
  ClassRecords records;
  SessionBuilder(records, "eve", "sE")
      .initialized(4, 0)
      .played(0, 0)
      .paused(1.6, 2)
      .played(1.6, 3)
      .seeked(2.4, 3.4, 4)  // passes the middle of second 2 but not of second 3
      .completed(4, 5);
  const auto report = build_report(records, "fractions");
  ASSERT_EQ(report.timeline.size(), 4U);
  EXPECT_EQ(report.timeline[1], (SecondFigures{1, 0, 0}));
  EXPECT_EQ(report.timeline[2], (SecondFigures{0, 0, 1}));
  EXPECT_EQ(report.timeline[3], (SecondFigures{1, 0, 0}));
}

TEST(ClassReport, OtherLessonsAreLeftOut) {
  auto records = class_records();
  Answer other;
  other.statement_id = "other-1";
  other.learner_id = "zoe";
  other.session_uuid = "sZ";
  other.lesson_id = "decimals";
  other.cue_id = "q1";
  other.question_type = "single-choice";
  other.correct = true;
  records.add(other);
  const auto report = build_report(records, "fractions");
  EXPECT_EQ(report.learners.size(), 4U);
  EXPECT_EQ(question(report, "q1").learners, 4);
}

TEST(ClassRecords, KeepsARecordSeenTwiceOnce) {
  ClassRecords records;
  SessionBuilder(records, "ana", "sA").played(0, 0).paused(3, 3);
  auto again = records.watch_events().front();
  EXPECT_FALSE(records.add(again));
  EXPECT_EQ(records.watch_events().size(), 2U);
  EXPECT_EQ(records.duplicates(), 1);
}

TEST(ChooseLesson, TheOnlyLessonOrTheOneAskedFor) {
  const auto records = class_records();
  EXPECT_EQ(choose_lesson(records, std::nullopt, "'a.sqlite'"), "fractions");
  EXPECT_EQ(choose_lesson(records, "fractions", "'a.sqlite'"), "fractions");
}

TEST(ChooseLesson, NothingRecordedNamesTheInputs) {
  try {
    choose_lesson(ClassRecords{}, std::nullopt, "'a.sqlite', 'b.jsonl'");
    FAIL() << "no error";
  } catch (const ReportError& error) {
    EXPECT_STREQ(
        error.what(),
        "nothing recorded in 'a.sqlite', 'b.jsonl': no answers and no watch events (has anyone played "
        "a lesson on these devices?)");
  }
}

TEST(ChooseLesson, AnUnknownLessonOrSeveralWithoutOneListTheLessonsFound) {
  auto records = class_records();
  WatchEvent other;
  other.statement_id = "other-1";
  other.session_uuid = "sZ";
  other.learner_id = "zoe";
  other.lesson_id = "decimals";
  records.add(other);
  try {
    choose_lesson(records, "percent", "'a.sqlite'");
    FAIL() << "no error";
  } catch (const ReportError& error) {
    EXPECT_STREQ(error.what(),
                 "no records of lesson 'percent' in 'a.sqlite'; lessons found: decimals, fractions");
  }
  try {
    choose_lesson(records, std::nullopt, "'a.sqlite'");
    FAIL() << "no error";
  } catch (const ReportError& error) {
    EXPECT_STREQ(error.what(),
                 "'a.sqlite' hold records of 2 lessons: choose one with --lesson ID (decimals, fractions)");
  }
}

}  // namespace
}  // namespace cuepoint::report
