// Sealed answers (answer_key.hpp): the hash definition is fixed (packages sealed
// today must grade the same with every later build), a sealed question grades every
// response exactly as its plain original, and damaged or contradictory seals are
// refused with their position.
#include "cuepoint/lesson/answer_key.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cuepoint/lesson/error.hpp"
#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "parse_helpers.hpp"
#include "sealed_lesson.hpp"
#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

using ::testing::ElementsAre;
using testing::errors_of;
using ::testing::HasSubstr;
using testing::lesson_with;
using testing::make_choice;
using testing::make_cue;
using testing::make_question;

const std::string kSalt = "00112233445566778899aabbccddeeff";

TEST(SealHashTest, IsTheDocumentedSha256) {
  // sha256("cuepoint-seal-1\nchoice\n<salt>\nq1\na\ncorrect") and
  // sha256("cuepoint-seal-1\ntext\n<salt>\nq1\none half"), computed with Python's hashlib.
  EXPECT_EQ(choice_seal_hash(kSalt, "q1", "a", true),
            "c4c805f4993f0e9c8672d3b59278ef117602c27b5030fd6607f8720af4c696a9");
  EXPECT_EQ(text_seal_hash(kSalt, "q1", "one half"),
            "08d11b997204bb43137de2a68dc0f93bc3256999b2ecd816dac19a6ddfdbac56");
  // The answer is normalised like grading normalises it.
  EXPECT_EQ(text_seal_hash(kSalt, "q1", "  One\tHALF "), text_seal_hash(kSalt, "q1", "one half"));
  // Each field changes the hash.
  EXPECT_NE(choice_seal_hash(kSalt, "q1", "a", false), choice_seal_hash(kSalt, "q1", "a", true));
  EXPECT_NE(choice_seal_hash(kSalt, "q2", "a", true), choice_seal_hash(kSalt, "q1", "a", true));
  EXPECT_NE(choice_seal_hash(kSalt, "q1", "b", true), choice_seal_hash(kSalt, "q1", "a", true));
  EXPECT_NE(text_seal_hash("ffeeddccbbaa99887766554433221100", "q1", "one half"),
            text_seal_hash(kSalt, "q1", "one half"));
}

TEST(SealHashTest, RandomSaltsAreFreshHex) {
  const std::string one = random_seal_salt();
  const std::string two = random_seal_salt();
  EXPECT_THAT(one, ::testing::MatchesRegex("[0-9a-f]{32}"));
  EXPECT_NE(one, two);
}

// A lesson with one cue of each sealable kind, plain.
Lesson plain_lesson() {
  Lesson lesson;
  lesson.id = "l";
  Question single = make_question(QuestionType::SingleChoice);
  single.choices = {make_choice("a", false, "not a"), make_choice("b", true, "yes b"),
                    make_choice("c", false)};
  Question multiple = make_question(QuestionType::MultipleChoice);
  multiple.points = 4;
  multiple.choices = {make_choice("a", true), make_choice("b", false), make_choice("c", true),
                      make_choice("d", false)};
  Question true_false = make_question(QuestionType::TrueFalse);
  true_false.choices = {make_choice("true", false), make_choice("false", true)};
  Question text = make_question(QuestionType::Text);
  text.accepted_answers = {"one half", "1/2", "Half"};
  lesson.cues = {make_cue("single", 1'000'000, single), make_cue("multiple", 2'000'000, multiple),
                 make_cue("tf", 3'000'000, true_false), make_cue("text", 4'000'000, text)};
  return lesson;
}

Lesson sealed_lesson(Lesson lesson) { return cuepoint::testing::sealed_copy(std::move(lesson), kSalt); }

// Every response to a choice question: each subset of its choices.
std::vector<Response> every_choice_response(const Question& question) {
  std::vector<Response> responses;
  const std::size_t n = question.choices.size();
  for (std::size_t mask = 1; mask < (std::size_t{1} << n); ++mask) {
    Response response;
    for (std::size_t i = 0; i < n; ++i) {
      if (mask & (std::size_t{1} << i)) response.choice_ids.push_back(question.choices[i].id);
    }
    if (question.type != QuestionType::MultipleChoice && response.choice_ids.size() != 1) continue;
    responses.push_back(std::move(response));
  }
  return responses;
}

void expect_same_grade(const Grade& sealed, const Grade& plain) {
  EXPECT_EQ(sealed.graded, plain.graded);
  EXPECT_EQ(sealed.correct, plain.correct);
  EXPECT_DOUBLE_EQ(sealed.score, plain.score);
  EXPECT_DOUBLE_EQ(sealed.max_score, plain.max_score);
  EXPECT_EQ(sealed.feedback, plain.feedback);
}

TEST(SealedGradingTest, EveryChoiceResponseGradesLikeThePlainQuestion) {
  const Lesson plain = plain_lesson();
  const Lesson sealed = sealed_lesson(plain);
  int right = 0;
  int partial = 0;
  for (std::size_t c = 0; c < 3; ++c) {
    const Cue& plain_cue = plain.cues[c];
    const Cue& sealed_cue = sealed.cues[c];
    const AnswerKey key = AnswerKey::of(sealed, sealed_cue);
    for (const Response& response : every_choice_response(plain_cue.question)) {
      SCOPED_TRACE(plain_cue.id + ": " + ::testing::PrintToString(response.choice_ids));
      const Grade expected = grade(plain_cue.question, response);
      expect_same_grade(grade(sealed_cue.question, response, key), expected);
      right += expected.correct ? 1 : 0;
      partial += !expected.correct && expected.score > 0 ? 1 : 0;
    }
    for (std::size_t i = 0; i < plain_cue.question.choices.size(); ++i)
      EXPECT_EQ(key.is_correct(sealed_cue.question.choices[i]), plain_cue.question.choices[i].correct);
  }
  EXPECT_EQ(right, 3);  // one right response per question
  EXPECT_GT(partial, 0);
}

TEST(SealedGradingTest, TextAnswersMatchOnceNormalised) {
  const Lesson plain = plain_lesson();
  const Lesson sealed = sealed_lesson(plain);
  const Cue& plain_cue = plain.cues[3];
  const Cue& sealed_cue = sealed.cues[3];
  const AnswerKey key = AnswerKey::of(sealed, sealed_cue);
  for (const char* text :
       {"one half", "  ONE\u00a0half ", "1/2", "half", "HALF", "a half", "one-half", "2/4"}) {
    SCOPED_TRACE(text);
    Response response;
    response.text = text;
    expect_same_grade(grade(sealed_cue.question, response, key), grade(plain_cue.question, response));
  }
  Response right;
  right.text = "  ONE\u00a0half ";
  EXPECT_TRUE(grade(sealed_cue.question, right, key).correct);
}

TEST(SealedGradingTest, ASealedQuestionWithoutItsSealIsAnErrorNotAWrongAnswer) {
  const Lesson sealed = sealed_lesson(plain_lesson());
  Response response;
  response.choice_ids = {"b"};
  try {
    grade(sealed.cues[0].question, response);
    FAIL() << "graded without the salt";
  } catch (const LessonError& error) {
    EXPECT_STREQ(error.what(), "choice 'b' is sealed but no seal was given to grade it");
  }
}

TEST(SealedLessonTest, WritesAndReadsBackValid) {
  const Lesson sealed = sealed_lesson(plain_lesson());
  // Through the writer and the parser: the same lesson, with no diagnostics
  // beyond the plain lesson's (it has no video duration to check).
  Lesson complete = sealed;
  complete.title = "T";
  complete.version = "1";
  complete.video.src = "v.mp4";
  for (Cue& cue : complete.cues) cue.question.prompt = "P";
  const std::string xml = write_lesson(complete);
  EXPECT_THAT(xml, HasSubstr("<seal version=\"1\" salt=\"" + kSalt + "\""));
  EXPECT_THAT(xml, ::testing::Not(HasSubstr("<accept>")));
  EXPECT_THAT(xml, ::testing::Not(HasSubstr("correct=")));
  const ParseResult reread = parse_lesson_string(xml, "sealed.xml");
  ASSERT_TRUE(reread.ok()) << ::testing::PrintToString(testing::printed(reread));
  EXPECT_EQ(*reread.lesson, complete);
}

// data/sealed-lesson.xml is the sample intro-fractions as `pack --seal` wrote it: a
// real salt and real hashes, read by the parser and graded like the plain sample.
TEST(SealedLessonTest, APackedSampleGradesItsAnswers) {
  const ParseResult parsed = parse_lesson_file(std::string(LESSON_FORMAT_TEST_DATA) + "/sealed-lesson.xml");
  ASSERT_TRUE(parsed.ok()) << ::testing::PrintToString(testing::printed(parsed));
  const Lesson& lesson = *parsed.lesson;
  ASSERT_TRUE(lesson.seal);
  const auto graded = [&](const char* cue_id, const Response& response) {
    const Cue& cue = *lesson.find_cue(cue_id);
    return grade(cue.question, response, AnswerKey::of(lesson, cue));
  };
  EXPECT_TRUE(graded("what-is-denominator", Response::choices({"a"})).correct);
  EXPECT_FALSE(graded("what-is-denominator", Response::choices({"b"})).correct);
  EXPECT_TRUE(graded("compare-fifths", Response::choices({"false"})).correct);
  EXPECT_TRUE(graded("equivalent-to-half", Response::choices({"a", "b", "d"})).correct);
  const Grade partial = graded("equivalent-to-half", Response::choices({"a", "b"}));  // 2 of 3
  EXPECT_FALSE(partial.correct);
  EXPECT_GT(partial.score, 0.0);
  for (const char* text : {"1/2", " One Half", "a half", "HALF"})
    EXPECT_TRUE(graded("simplify-four-eighths", Response::free_text(text)).correct) << text;
  EXPECT_FALSE(graded("simplify-four-eighths", Response::free_text("2/4")).correct);
}

// --- damaged and contradictory seals, through the parser ------------------------------

std::string seal_line(std::string_view version = "1", std::string_view salt = kSalt) {
  return "  <seal version=\"" + std::string(version) + "\" salt=\"" + std::string(salt) + "\"/>\n";
}

// A single-choice cue "q1" at line 6 (after a <seal> on line 4 when `sealed`); its
// choices "a" (the correct one) and "b" on the two lines after the prompt.
std::string choice_cue(std::string_view a_attributes, std::string_view b_attributes,
                       std::string_view type = "single-choice") {
  return "  <cue id=\"q1\" at=\"1\">\n    <question type=\"" + std::string(type) +
         "\">\n      <prompt>P</prompt>\n      <choice id=\"a\"" + std::string(a_attributes) +
         ">A</choice>\n      <choice id=\"b\"" + std::string(b_attributes) +
         ">B</choice>\n    </question>\n  </cue>\n";
}

std::string sealed(std::string_view choice_id, bool correct) {
  return " seal=\"" + choice_seal_hash(kSalt, "q1", choice_id, correct) + "\"";
}

TEST(SealValidationTest, AWellSealedChoiceCueIsValid) {
  const ParseResult result =
      testing::parse(lesson_with(seal_line() + choice_cue(sealed("a", true), sealed("b", false))));
  EXPECT_TRUE(result.ok()) << ::testing::PrintToString(testing::printed(result));
  ASSERT_TRUE(result.lesson);
  const Cue& cue = result.lesson->cues.front();
  const AnswerKey key = AnswerKey::of(*result.lesson, cue);
  EXPECT_TRUE(key.is_correct(cue.question.choices[0]));
  EXPECT_FALSE(key.is_correct(cue.question.choices[1]));
}

TEST(SealValidationTest, UnknownSealVersion) {
  EXPECT_THAT(
      errors_of(lesson_with(seal_line("2") + choice_cue(sealed("a", true), sealed("b", false)))),
      ElementsAre("t.xml:4:9: error: invalid version=\"2\" on <seal>: seal version '2' is not supported; "
                  "this build reads version 1 (re-seal the lesson with this cuepoint-author)"));
}

TEST(SealValidationTest, MalformedSalt) {
  EXPECT_THAT(errors_of(lesson_with(seal_line("1", "0011XYZ") + choice_cue(" correct=\"true\"", ""))),
              ElementsAre("t.xml:4:21: error: invalid salt=\"0011XYZ\" on <seal>: expected 32 lowercase "
                          "hexadecimal digits (the lesson's 16-byte salt), got '0011XYZ'"));
}

TEST(SealValidationTest, MalformedChoiceSeal) {
  EXPECT_THAT(errors_of(lesson_with(seal_line() + choice_cue(" seal=\"12ab\"", sealed("b", false)))),
              ElementsAre("t.xml:8:22: error: invalid seal=\"12ab\" on <choice>: expected 64 lowercase "
                          "hexadecimal digits (a SHA-256 digest), got '12ab'"));
}

TEST(SealValidationTest, DamagedChoiceSeal) {
  // Well-formed hex, but neither of choice a's keys (it is b's).
  EXPECT_THAT(errors_of(lesson_with(seal_line() + choice_cue(sealed("b", true), sealed("b", false)))),
              ElementsAre("t.xml:8:7: error: the seal of choice 'a' in the 'single-choice' question of cue "
                          "'q1' is damaged: it is neither of the choice's two keys under the lesson's salt"));
}

TEST(SealValidationTest, SealedChoicesNeedTheLessonsSeal) {
  EXPECT_THAT(errors_of(lesson_with(choice_cue(sealed("a", true), sealed("b", false)))),
              ElementsAre("t.xml:5:5: error: sealed <choice> in the 'single-choice' question of cue 'q1' but "
                          "the lesson has no <seal>"));
}

TEST(SealValidationTest, ASealedChoiceMustNotSayItIsCorrect) {
  EXPECT_THAT(
      errors_of(
          lesson_with(seal_line() + choice_cue(sealed("a", true) + " correct=\"true\"", sealed("b", false)))),
      ElementsAre(
          "t.xml:8:7: error: choice 'a' in the 'single-choice' question of cue 'q1' is sealed and also "
          "marked correct=\"true\"; a sealed choice must not say in the clear whether it is correct"));
}

TEST(SealValidationTest, EveryChoiceOrNoneIsSealed) {
  EXPECT_THAT(errors_of(lesson_with(seal_line() + choice_cue(sealed("a", true), ""))),
              ElementsAre("t.xml:6:5: error: only some choices in the 'single-choice' question of cue 'q1' "
                          "are sealed; seal every choice or none"));
}

TEST(SealValidationTest, PollChoicesCannotBeSealed) {
  EXPECT_THAT(errors_of(lesson_with(seal_line() + choice_cue(sealed("a", true), sealed("b", false), "poll"))),
              ElementsAre("t.xml:6:5: error: sealed <choice> in the 'poll' question of cue 'q1'; poll "
                          "choices have no correct answer to seal"));
}

std::string text_cue(std::string_view body) {
  return "  <cue id=\"q1\" at=\"1\">\n    <question type=\"text\">\n      <prompt>P</prompt>\n" +
         std::string(body) + "    </question>\n  </cue>\n";
}

std::string sealed_accept(std::string_view hash) {
  return "      <sealed-accept sha256=\"" + std::string(hash) + "\"/>\n";
}

TEST(SealValidationTest, SealedAcceptNeedsTheLessonsSeal) {
  EXPECT_THAT(errors_of(lesson_with(text_cue(sealed_accept(text_seal_hash(kSalt, "q1", "x"))))),
              ElementsAre("t.xml:5:5: error: <sealed-accept> in the 'text' question of cue 'q1' but the "
                          "lesson has no <seal>"));
}

TEST(SealValidationTest, SealedAndPlainAcceptsDoNotMix) {
  EXPECT_THAT(errors_of(lesson_with(seal_line() + text_cue("      <accept>x</accept>\n" +
                                                           sealed_accept(text_seal_hash(kSalt, "q1", "y"))))),
              ElementsAre("t.xml:6:5: error: both <accept> and <sealed-accept> in the 'text' question of cue "
                          "'q1'; a sealed question keeps its answers only as hashes"));
}

TEST(SealValidationTest, MalformedSealedAccept) {
  EXPECT_THAT(errors_of(lesson_with(seal_line() + text_cue(sealed_accept("not-a-hash")))),
              ElementsAre("t.xml:8:22: error: invalid sha256=\"not-a-hash\" on <sealed-accept>: expected 64 "
                          "lowercase hexadecimal digits (a SHA-256 digest), got 'not-a-hash'"));
}

TEST(SealValidationTest, SealedAcceptOnlyInTextQuestions) {
  EXPECT_THAT(errors_of(lesson_with(
                  seal_line() +
                  "  <cue id=\"q1\" at=\"1\">\n    <question type=\"numeric\">\n      <prompt>P</prompt>\n"
                  "      <answer value=\"1\"/>\n" +
                  sealed_accept(text_seal_hash(kSalt, "q1", "1")) + "    </question>\n  </cue>\n")),
              ElementsAre("t.xml:6:5: error: <sealed-accept> in the 'numeric' question of cue 'q1'; only "
                          "text questions have accepted answers"));
}

}  // namespace
}  // namespace cuepoint::lesson
