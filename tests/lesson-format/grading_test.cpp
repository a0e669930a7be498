#include "cuepoint/lesson/grading.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

using testing::make_question;

Choice choice(std::string id, bool correct, std::string feedback = {}) {
  return testing::make_choice(std::move(id), correct, std::move(feedback));
}

Question choice_question(QuestionType type, std::vector<Choice> choices, double points = 2.0) {
  Question question = make_question(type);
  question.choices = std::move(choices);
  question.points = points;
  question.feedback_correct = "Well done";
  question.feedback_incorrect = "Not quite";
  return question;
}

Question single_choice() {
  return choice_question(QuestionType::SingleChoice, {choice("a", true, "a is right"),
                                                      choice("b", false, "b is wrong"), choice("c", false)});
}

Question multiple_choice() {
  return choice_question(QuestionType::MultipleChoice,
                         {choice("a", true), choice("b", true), choice("c", false), choice("d", false)}, 4.0);
}

Question true_false() {
  return choice_question(QuestionType::TrueFalse, {choice("true", false), choice("false", true)});
}

Question numeric(double value, double tolerance) {
  Question question = make_question(QuestionType::Numeric);
  question.numeric_value = value;
  question.tolerance = tolerance;
  question.feedback_correct = "Yes";
  question.feedback_incorrect = "No";
  return question;
}

Question text_question() {
  Question question = make_question(QuestionType::Text);
  question.accepted_answers = {
      "\xC3\xA9"
      "b\xC3\xA8"
      "ne",
      "the denominator"};  // "ébène"
  return question;
}

// --- single-choice and true-false -------------------------------------------------

TEST(GradeSingleChoiceTest, CorrectChoiceEarnsFullPoints) {
  const Grade grade_ = grade(single_choice(), Response::choices({"a"}));
  EXPECT_TRUE(grade_.graded);
  EXPECT_TRUE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 2.0);
  EXPECT_DOUBLE_EQ(grade_.max_score, 2.0);
  EXPECT_EQ(grade_.feedback, "Well done");
  EXPECT_EQ(grade_.choice_feedback, std::vector<std::string>{"a is right"});
}

TEST(GradeSingleChoiceTest, WrongChoiceEarnsNothing) {
  const Grade grade_ = grade(single_choice(), Response::choices({"b"}));
  EXPECT_TRUE(grade_.graded);
  EXPECT_FALSE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 0.0);
  EXPECT_DOUBLE_EQ(grade_.max_score, 2.0);
  EXPECT_EQ(grade_.feedback, "Not quite");
  EXPECT_EQ(grade_.choice_feedback, std::vector<std::string>{"b is wrong"});
}

TEST(GradeSingleChoiceTest, ChoiceWithoutFeedbackAddsNone) {
  EXPECT_TRUE(grade(single_choice(), Response::choices({"c"})).choice_feedback.empty());
}

TEST(GradeTrueFalseTest, GradesBothAnswers) {
  EXPECT_TRUE(grade(true_false(), Response::choices({"false"})).correct);
  const Grade wrong = grade(true_false(), Response::choices({"true"}));
  EXPECT_FALSE(wrong.correct);
  EXPECT_DOUBLE_EQ(wrong.score, 0.0);
}

// --- multiple-choice ----------------------------------------------------------------

TEST(GradeMultipleChoiceTest, ExactSetIsCorrectInAnyOrder) {
  const Grade grade_ = grade(multiple_choice(), Response::choices({"b", "a"}));
  EXPECT_TRUE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 4.0);
  EXPECT_EQ(grade_.feedback, "Well done");
}

TEST(GradeMultipleChoiceTest, SubsetEarnsPartialCredit) {
  const Grade grade_ = grade(multiple_choice(), Response::choices({"a"}));
  EXPECT_FALSE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 2.0);  // 4 * (1 - 0) / 2
  EXPECT_DOUBLE_EQ(grade_.max_score, 4.0);
  EXPECT_EQ(grade_.feedback, "Not quite");
}

TEST(GradeMultipleChoiceTest, WrongPicksCancelHits) {
  EXPECT_DOUBLE_EQ(grade(multiple_choice(), Response::choices({"a", "b", "c"})).score,
                   2.0);  // 4 * (2 - 1) / 2
  EXPECT_FALSE(grade(multiple_choice(), Response::choices({"a", "b", "c"})).correct);
  EXPECT_DOUBLE_EQ(grade(multiple_choice(), Response::choices({"a", "c"})).score, 0.0);  // 4 * (1 - 1) / 2
}

TEST(GradeMultipleChoiceTest, ScoreNeverGoesBelowZero) {
  EXPECT_DOUBLE_EQ(grade(multiple_choice(), Response::choices({"a", "c", "d"})).score, 0.0);
  EXPECT_DOUBLE_EQ(grade(multiple_choice(), Response::choices({"c", "d"})).score, 0.0);
}

TEST(GradeMultipleChoiceTest, EverythingPickedIsNotCorrect) {
  const Grade grade_ = grade(multiple_choice(), Response::choices({"a", "b", "c", "d"}));
  EXPECT_FALSE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 0.0);  // 4 * (2 - 2) / 2
}

// --- numeric ------------------------------------------------------------------------

TEST(GradeNumericTest, WithinToleranceIsCorrect) {
  EXPECT_TRUE(grade(numeric(0.75, 0.01), Response::numeric(0.75)).correct);
  EXPECT_TRUE(grade(numeric(0.75, 0.01), Response::numeric(0.76)).correct);
  EXPECT_TRUE(grade(numeric(0.75, 0.01), Response::numeric(0.74)).correct);
  EXPECT_FALSE(grade(numeric(0.75, 0.01), Response::numeric(0.7601)).correct);
  EXPECT_FALSE(grade(numeric(0.75, 0.01), Response::numeric(-0.75)).correct);
}

TEST(GradeNumericTest, ToleranceBoundaryIsInclusiveDespiteBinaryRounding) {
  // 0.4 - 0.3 is 0.10000000000000003 in binary floating point.
  EXPECT_TRUE(grade(numeric(0.3, 0.1), Response::numeric(0.4)).correct);
  EXPECT_TRUE(grade(numeric(0.3, 0.1), Response::numeric(0.2)).correct);
  EXPECT_FALSE(grade(numeric(0.3, 0.1), Response::numeric(0.41)).correct);
}

TEST(GradeNumericTest, ZeroToleranceNeedsTheExactValue) {
  EXPECT_TRUE(grade(numeric(-3, 0), Response::numeric(-3)).correct);
  EXPECT_FALSE(grade(numeric(-3, 0), Response::numeric(-3.001)).correct);
}

TEST(GradeNumericTest, ReadsTypedNumbers) {
  EXPECT_TRUE(grade(numeric(3.5, 0), Response::free_text("3.5")).correct);
  EXPECT_TRUE(grade(numeric(3.5, 0), Response::free_text("  3.5 ")).correct);
  EXPECT_TRUE(grade(numeric(3.5, 0), Response::free_text("+3.5")).correct);
  EXPECT_TRUE(grade(numeric(3.5, 0), Response::free_text("\xEF\xBC\x93.\xEF\xBC\x95")).correct);  // "３.５"
  EXPECT_TRUE(grade(numeric(-2, 0), Response::free_text("-2")).correct);
  const Grade wrong = grade(numeric(3.5, 0), Response::free_text("4"));
  EXPECT_FALSE(wrong.correct);
  EXPECT_EQ(wrong.feedback, "No");
}

TEST(GradeNumericTest, RefusesDecimalCommaInsteadOfMisreadingIt) {
  EXPECT_EQ(check_response(numeric(3.5, 0), Response::free_text("3,5")),
            "'3,5' is not a number; expected digits with an optional sign and '.' as the decimal separator "
            "(e.g. '3.5')");
  EXPECT_THROW(grade(numeric(3.5, 0), Response::free_text("3,5")), InvalidResponse);
}

TEST(ParseNumericResponseTest, AcceptsPlainDecimalsOnly) {
  EXPECT_EQ(parse_numeric_response("3.5"), 3.5);
  EXPECT_EQ(parse_numeric_response("-0.25"), -0.25);
  EXPECT_EQ(parse_numeric_response("+7"), 7.0);
  EXPECT_EQ(parse_numeric_response("\t12 "), 12.0);
  for (const char* text :
       {"3,5", "1e3", "1 000", "three", "", "-", ".5", "5.", "--1", "0x10", "inf", "nan", "1.2.3"}) {
    EXPECT_EQ(parse_numeric_response(text), std::nullopt) << text;
  }
}

// --- text ---------------------------------------------------------------------------

TEST(GradeTextTest, MatchesAfterNormalisation) {
  EXPECT_TRUE(grade(text_question(), Response::free_text("  \xC3\x89"
                                                         "b\xC3\xA8"
                                                         "ne "))
                  .correct);  // "  Ébène "
  EXPECT_TRUE(grade(text_question(), Response::free_text("The   DENOMINATOR")).correct);
  EXPECT_TRUE(grade(text_question(), Response::free_text("\xC3\xA9"
                                                         "b\xC3\xA8"
                                                         "ne"))
                  .correct);
  const Grade wrong = grade(text_question(), Response::free_text("ebene"));
  EXPECT_FALSE(wrong.correct);
  EXPECT_DOUBLE_EQ(wrong.score, 0.0);
  EXPECT_DOUBLE_EQ(wrong.max_score, 1.0);
}

TEST(GradeTextTest, LigatureAndFullWidthFormsMatch) {
  Question question = make_question(QuestionType::Text);
  question.accepted_answers = {"fin 12"};
  EXPECT_TRUE(
      grade(question, Response::free_text("\xEF\xAC\x81n \xEF\xBC\x91\xEF\xBC\x92")).correct);  // "ﬁn １２"
}

// --- ungraded -----------------------------------------------------------------------

TEST(GradeUngradedTest, OpenIsStoredNotGraded) {
  const Grade grade_ = grade(make_question(QuestionType::Open), Response::free_text("because"));
  EXPECT_EQ(grade_, Grade{});
}

TEST(GradeUngradedTest, PollIsNotGradedButShowsChoiceFeedback) {
  const Question poll =
      choice_question(QuestionType::Poll, {choice("x", false, "Thanks"), choice("y", false)});
  const Grade grade_ = grade(poll, Response::choices({"x"}));
  EXPECT_FALSE(grade_.graded);
  EXPECT_FALSE(grade_.correct);
  EXPECT_DOUBLE_EQ(grade_.score, 0.0);
  EXPECT_DOUBLE_EQ(grade_.max_score, 0.0);
  EXPECT_TRUE(grade_.feedback.empty());
  EXPECT_EQ(grade_.choice_feedback, std::vector<std::string>{"Thanks"});
}

TEST(GradeUngradedTest, NoteTakesNoResponse) {
  const Question note = make_question(QuestionType::Note, "Info");
  EXPECT_EQ(grade(note, Response::none()), Grade{});
  EXPECT_EQ(check_response(note, Response::free_text("hi")), "a 'note' takes no response");
  EXPECT_EQ(check_response(note, Response::choices({"a"})), "a 'note' takes no response");
  EXPECT_THROW(grade(note, Response::numeric(1)), InvalidResponse);
}

// --- responses that do not fit ------------------------------------------------------

TEST(CheckResponseTest, AcceptsFittingResponses) {
  EXPECT_EQ(check_response(single_choice(), Response::choices({"a"})), std::nullopt);
  EXPECT_EQ(check_response(multiple_choice(), Response::choices({"a", "c"})), std::nullopt);
  EXPECT_EQ(check_response(numeric(1, 0), Response::numeric(2)), std::nullopt);
  EXPECT_EQ(check_response(numeric(1, 0), Response::free_text("2")), std::nullopt);
  EXPECT_EQ(check_response(text_question(), Response::free_text("x")), std::nullopt);
}

TEST(CheckResponseTest, ChoiceQuestions) {
  EXPECT_EQ(check_response(single_choice(), Response::choices({"z"})),
            "unknown choice id 'z'; expected one of 'a', 'b', 'c'");
  EXPECT_EQ(check_response(single_choice(), Response::choices({"a", "b"})),
            "a 'single-choice' question takes exactly one choice id, got 2");
  EXPECT_EQ(check_response(single_choice(), Response::choices({})),
            "a 'single-choice' question takes exactly one choice id, got 0");
  EXPECT_EQ(check_response(true_false(), Response::choices({"true", "false"})),
            "a 'true-false' question takes exactly one choice id, got 2");
  EXPECT_EQ(check_response(multiple_choice(), Response::choices({})),
            "a 'multiple-choice' question takes at least one choice id, got none");
  EXPECT_EQ(check_response(multiple_choice(), Response::choices({"a", "a"})), "choice id 'a' picked twice");
  EXPECT_EQ(check_response(single_choice(), Response::free_text("a")),
            "a 'single-choice' question takes choice ids, not text or a number");
  EXPECT_EQ(check_response(single_choice(), Response::numeric(1)),
            "a 'single-choice' question takes choice ids, not text or a number");
  const Question poll = choice_question(QuestionType::Poll, {choice("x", false), choice("y", false)});
  EXPECT_EQ(check_response(poll, Response::choices({"x", "y"})),
            "a 'poll' question takes exactly one choice id, got 2");
}

TEST(CheckResponseTest, NumericQuestions) {
  EXPECT_EQ(check_response(numeric(1, 0), Response::choices({"a"})),
            "a 'numeric' question takes a number, not choice ids");
  EXPECT_EQ(check_response(numeric(1, 0), Response::none()),
            "a 'numeric' question takes a number, got no response");
  EXPECT_EQ(check_response(numeric(1, 0), Response{{}, "1", 1.0}),
            "a 'numeric' question takes a number or its text, not both");
  EXPECT_EQ(check_response(numeric(1, 0), Response::numeric(std::numeric_limits<double>::infinity())),
            "the number is not finite");
  EXPECT_EQ(check_response(numeric(1, 0), Response::numeric(std::nan(""))), "the number is not finite");
  EXPECT_EQ(check_response(numeric(1, 0), Response::free_text("one")),
            "'one' is not a number; expected digits with an optional sign and '.' as the decimal separator "
            "(e.g. '3.5')");
}

TEST(CheckResponseTest, TextAndOpenQuestions) {
  EXPECT_EQ(check_response(text_question(), Response::numeric(3)),
            "a 'text' question takes text, not choice ids or a number");
  EXPECT_EQ(check_response(text_question(), Response::choices({"a"})),
            "a 'text' question takes text, not choice ids or a number");
  EXPECT_EQ(check_response(text_question(), Response::none()),
            "a 'text' question takes text, got no response");
  EXPECT_EQ(check_response(text_question(), Response::free_text(" \t ")), "the answer is empty");
  const Question open = make_question(QuestionType::Open);
  EXPECT_EQ(check_response(open, Response::none()), "an 'open' question takes text, got no response");
}

TEST(CheckResponseTest, GradeThrowsWithTheSameMessage) {
  try {
    grade(single_choice(), Response::choices({"z"}));
    FAIL() << "grade accepted an unknown choice id";
  } catch (const InvalidResponse& error) {
    EXPECT_STREQ(error.what(), "unknown choice id 'z'; expected one of 'a', 'b', 'c'");
  }
}

}  // namespace
}  // namespace cuepoint::lesson
