#include "cuepoint/lesson/model.hpp"

#include <gtest/gtest.h>

#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

using testing::make_cue;
using testing::make_question;

TEST(QuestionTypeTest, NamesRoundTrip) {
  for (QuestionType type : {QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::TrueFalse,
                            QuestionType::Numeric, QuestionType::Text, QuestionType::Open, QuestionType::Poll,
                            QuestionType::Note}) {
    EXPECT_EQ(question_type_from_string(to_string(type)), type) << to_string(type);
  }
  EXPECT_EQ(to_string(QuestionType::SingleChoice), "single-choice");
  EXPECT_EQ(to_string(QuestionType::TrueFalse), "true-false");
  EXPECT_EQ(question_type_from_string("Single-Choice"), std::nullopt);
  EXPECT_EQ(question_type_from_string(""), std::nullopt);
  EXPECT_EQ(question_type_from_string("essay"), std::nullopt);
}

TEST(QuestionTypeTest, Classification) {
  EXPECT_TRUE(is_graded(QuestionType::SingleChoice));
  EXPECT_TRUE(is_graded(QuestionType::MultipleChoice));
  EXPECT_TRUE(is_graded(QuestionType::TrueFalse));
  EXPECT_TRUE(is_graded(QuestionType::Numeric));
  EXPECT_TRUE(is_graded(QuestionType::Text));
  EXPECT_FALSE(is_graded(QuestionType::Open));
  EXPECT_FALSE(is_graded(QuestionType::Poll));
  EXPECT_FALSE(is_graded(QuestionType::Note));

  EXPECT_TRUE(has_choices(QuestionType::SingleChoice));
  EXPECT_TRUE(has_choices(QuestionType::MultipleChoice));
  EXPECT_TRUE(has_choices(QuestionType::TrueFalse));
  EXPECT_TRUE(has_choices(QuestionType::Poll));
  EXPECT_FALSE(has_choices(QuestionType::Numeric));
  EXPECT_FALSE(has_choices(QuestionType::Text));
  EXPECT_FALSE(has_choices(QuestionType::Open));
  EXPECT_FALSE(has_choices(QuestionType::Note));

  EXPECT_FALSE(takes_response(QuestionType::Note));
  EXPECT_TRUE(takes_response(QuestionType::Open));
  EXPECT_TRUE(takes_response(QuestionType::Poll));
  EXPECT_TRUE(takes_response(QuestionType::Numeric));
}

Lesson lesson_with_three_cues() {
  Lesson lesson;
  lesson.settings.max_attempts = 2;
  Cue graded = make_cue("q1", 10, make_question(QuestionType::SingleChoice));
  graded.question.points = 2.5;
  graded.question.max_attempts = 5;
  Cue numeric = make_cue("q2", 20, make_question(QuestionType::Numeric));
  numeric.question.points = 1.5;
  Cue poll = make_cue("poll", 30, make_question(QuestionType::Poll));
  poll.question.points = 7;  // ignored: polls are not graded
  lesson.cues = {make_cue("intro", 0, make_question(QuestionType::Note)), graded, numeric, poll};
  return lesson;
}

TEST(LessonTest, FindsCuesById) {
  const Lesson lesson = lesson_with_three_cues();
  ASSERT_NE(lesson.find_cue("q2"), nullptr);
  EXPECT_EQ(lesson.find_cue("q2")->at, 20);
  EXPECT_EQ(lesson.find_cue("missing"), nullptr);
}

TEST(LessonTest, QuestionOverridesLessonAttempts) {
  const Lesson lesson = lesson_with_three_cues();
  EXPECT_EQ(lesson.max_attempts_for(*lesson.find_cue("q1")), 5);
  EXPECT_EQ(lesson.max_attempts_for(*lesson.find_cue("q2")), 2);
}

TEST(LessonTest, TotalPointsCountsGradedQuestionsOnly) {
  EXPECT_DOUBLE_EQ(lesson_with_three_cues().total_points(), 4.0);
  EXPECT_DOUBLE_EQ(Lesson{}.total_points(), 0.0);
}

TEST(LessonTest, EqualityIgnoresSourceLocations) {
  Lesson a = lesson_with_three_cues();
  Lesson b = a;
  b.cues[1].location = {12, 3};
  b.cues[1].question.location = {13, 5};
  b.video.location = {4, 3};
  EXPECT_EQ(a, b);
  b.cues[1].at = 11;
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace cuepoint::lesson
