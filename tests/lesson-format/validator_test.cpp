// Rules across elements: ids, time order, per-type question content, video duration.
#include "cuepoint/lesson/validator.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "parse_helpers.hpp"
#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

using ::testing::ElementsAre;
using testing::errors_of;
using ::testing::IsEmpty;
using testing::lesson_with;
using testing::lesson_with_question;
using testing::make_choice;
using testing::make_cue;
using testing::make_question;

constexpr Micros kSecond = 1'000'000;

std::string note_cue(std::string_view id, std::string_view at) {
  return "  <cue id=\"" + std::string(id) + "\" at=\"" + std::string(at) +
         "\"><question type=\"note\"><prompt>P</prompt></question></cue>\n";
}

const char* const kTwoChoices =
    "      <prompt>P</prompt>\n      <choice id=\"a\" correct=\"true\">A</choice>\n"
    "      <choice id=\"b\">B</choice>\n";

// --- through the parser, with positions ---------------------------------------------

TEST(ValidatorTest, DuplicateCueIds) {
  EXPECT_THAT(errors_of(lesson_with(note_cue("q", "1") + note_cue("q", "2"))),
              ElementsAre("t.xml:5:3: error: duplicate cue id 'q'"));
}

TEST(ValidatorTest, CueTimesMustAscend) {
  EXPECT_THAT(errors_of(lesson_with(note_cue("a", "0:10") + note_cue("b", "0:05"))),
              ElementsAre("t.xml:5:3: error: cue 'b' at 0:05 comes after cue 'a' at 0:10; cues are listed in "
                          "ascending time"));
  EXPECT_THAT(
      errors_of(lesson_with(note_cue("a", "10") + note_cue("b", "0:10.000"))),
      ElementsAre("t.xml:5:3: error: cue 'b' is at the same time (0:10) as cue 'a'; each cue needs its own "
                  "time"));
}

TEST(ValidatorTest, ChaptersMustAscend) {
  EXPECT_THAT(
      errors_of(lesson_with("  <chapter at=\"1:00\" title=\"B\"/>\n  <chapter at=\"0:30\" title=\"A\"/>\n"
                            "  <chapter at=\"0:30\" title=\"C\"/>\n" +
                            note_cue("q", "1"))),
      ElementsAre("t.xml:5:3: error: chapter 'A' at 0:30 must come after the previous chapter at 1:00; "
                  "chapters are listed in ascending time without repeats",
                  "t.xml:6:3: error: chapter 'C' at 0:30 must come after the previous chapter at 0:30; "
                  "chapters are listed in ascending time without repeats"));
}

TEST(ValidatorTest, DuplicateChoiceIds) {
  EXPECT_THAT(
      errors_of(lesson_with_question("multiple-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"a\">B</choice>\n")),
      ElementsAre("t.xml:8:7: error: duplicate choice id 'a' in the 'multiple-choice' question of cue 'q1'"));
}

TEST(ValidatorTest, ChoiceIdsMayRepeatAcrossQuestions) {
  const ParseResult result =
      testing::parse(lesson_with("  <cue id=\"q1\" at=\"1\"><question "
                                 "type=\"single-choice\"><prompt>P</prompt><choice id=\"a\" correct=\"true\">"
                                 "A</choice><choice id=\"b\">B</choice></question></cue>\n"
                                 "  <cue id=\"q2\" at=\"2\"><question "
                                 "type=\"single-choice\"><prompt>P</prompt><choice id=\"a\">A</choice>"
                                 "<choice id=\"b\" correct=\"true\">B</choice></question></cue>\n"));
  EXPECT_TRUE(result.ok()) << testing::printed(result).front();
}

TEST(ValidatorTest, GradedChoiceQuestionWithoutCorrectChoice) {
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n")),
      ElementsAre("t.xml:5:5: error: no choice is marked correct=\"true\" in the 'single-choice' question of "
                  "cue 'q1'"));
  EXPECT_THAT(
      errors_of(lesson_with_question("multiple-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n")),
      ElementsAre(
          "t.xml:5:5: error: no choice is marked correct=\"true\" in the 'multiple-choice' question of "
          "cue 'q1'"));
}

TEST(ValidatorTest, SingleChoiceWithTwoCorrect) {
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"b\" correct=\"true\">B</choice>\n")),
      ElementsAre("t.xml:5:5: error: 2 choices are marked correct in the 'single-choice' question of cue "
                  "'q1'; exactly one may be"));
}

TEST(ValidatorTest, ChoiceQuestionNeedsTwoChoices) {
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n")),
      ElementsAre("t.xml:5:5: error: at least two <choice> elements are needed in the 'single-choice' "
                  "question of cue 'q1'"));
}

TEST(ValidatorTest, TrueFalseNeedsTrueAndFalseIds) {
  EXPECT_THAT(
      errors_of(lesson_with_question("true-false", kTwoChoices)),
      ElementsAre("t.xml:5:5: error: the 'true-false' question of cue 'q1' needs exactly two choices, with "
                  "ids 'true' and 'false'"));
  EXPECT_THAT(
      errors_of(lesson_with_question("true-false",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"true\" correct=\"true\">Yes</choice>\n"
                                     "      <choice id=\"false\" correct=\"true\">No</choice>\n")),
      ElementsAre("t.xml:5:5: error: 2 choices are marked correct in the 'true-false' question of cue 'q1'; "
                  "exactly one may be"));
  EXPECT_THAT(
      errors_of(lesson_with_question("true-false",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"true\" correct=\"true\">Yes</choice>\n"
                                     "      <choice id=\"false\">No</choice>\n"
                                     "      <choice id=\"maybe\">Maybe</choice>\n")),
      ElementsAre("t.xml:5:5: error: the 'true-false' question of cue 'q1' needs exactly two choices, with "
                  "ids 'true' and 'false'"));
}

TEST(ValidatorTest, PollChoicesCannotBeCorrect) {
  EXPECT_THAT(
      errors_of(lesson_with_question("poll", kTwoChoices)),
      ElementsAre("t.xml:7:7: error: choice 'a' in the 'poll' question of cue 'q1' is marked correct; poll "
                  "choices have no correct answer (remove correct=\"true\")"));
}

TEST(ValidatorTest, ContentThatDoesNotBelongToTheType) {
  EXPECT_THAT(
      errors_of(lesson_with_question("numeric", kTwoChoices)),
      ElementsAre("t.xml:5:5: error: missing <answer value=\"...\"> in the 'numeric' question of cue 'q1'",
                  "t.xml:7:7: error: <choice> in the 'numeric' question of cue 'q1'; only choice questions "
                  "have choices"));
  EXPECT_THAT(
      errors_of(lesson_with_question("text", "      <prompt>P</prompt>\n")),
      ElementsAre("t.xml:5:5: error: missing <accept> in the 'text' question of cue 'q1'; give at least one "
                  "accepted answer"));
  EXPECT_THAT(
      errors_of(lesson_with_question("open", "      <prompt>P</prompt>\n      <answer value=\"1\"/>\n")),
      ElementsAre(
          "t.xml:5:5: error: <answer> in the 'open' question of cue 'q1'; only numeric questions have "
          "one"));
  EXPECT_THAT(
      errors_of(lesson_with_question("note", "      <prompt>P</prompt>\n      <accept>x</accept>\n")),
      ElementsAre("t.xml:5:5: error: <accept> in the 'note' question of cue 'q1'; only text questions have "
                  "accepted answers"));
  EXPECT_THAT(
      errors_of(lesson_with_question("poll",
                                     "      <prompt>P</prompt>\n      <choice id=\"a\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n"
                                     "      <feedback on=\"correct\">Yes</feedback>\n"
                                     "      <on-incorrect seek=\"0\"/>\n")),
      ElementsAre("t.xml:5:5: error: <feedback on=...> in the 'poll' question of cue 'q1'; an ungraded "
                  "question is neither correct nor incorrect",
                  "t.xml:5:5: error: <on-correct>/<on-incorrect> in the 'poll' question of cue 'q1'; an "
                  "ungraded question is neither correct nor incorrect"));
}

TEST(ValidatorTest, EmptyAcceptAfterNormalisation) {
  // U+00AD SOFT HYPHEN is dropped by NFKC_Casefold, leaving nothing to match.
  EXPECT_THAT(
      errors_of(lesson_with_question("text", "      <prompt>P</prompt>\n      <accept>\xC2\xAD</accept>\n")),
      ElementsAre("t.xml:5:5: error: an empty <accept> in the 'text' question of cue 'q1'"));
}

// --- models built in code ------------------------------------------------------------

Lesson valid_lesson() {
  Lesson lesson;
  lesson.id = "l";
  lesson.version = "1";
  lesson.title = "T";
  lesson.video.src = "v.mp4";
  Question question = make_question(QuestionType::SingleChoice);
  question.choices = {make_choice("a", true), make_choice("b", false)};
  question.on_incorrect_seek = 5 * kSecond;
  lesson.cues = {make_cue("q1", 10 * kSecond, question)};
  lesson.chapters = {Chapter{0, "Start", {}}, Chapter{8 * kSecond, "Middle", {}}};
  return lesson;
}

TEST(ValidateModelTest, ValidModelHasNoDiagnostics) { EXPECT_THAT(validate(valid_lesson(), "m"), IsEmpty()); }

TEST(ValidateModelTest, ReportsWithoutPositions) {
  Lesson lesson = valid_lesson();
  lesson.id = "bad id";
  lesson.title.clear();
  lesson.settings.pass_score = 120;
  lesson.settings.max_attempts = -1;
  lesson.cues[0].at = -1;
  lesson.cues[0].question.points = -2;
  std::vector<std::string> printed;
  for (const Diagnostic& diagnostic : validate(lesson, "m")) printed.push_back(diagnostic.to_string());
  EXPECT_THAT(printed,
              ElementsAre("m: error: lesson id 'bad id' is not a valid id",
                          "m: error: the lesson has no title", "m: error: pass-score 120 is outside 0..100",
                          "m: error: max-attempts must be >= 0 (0 means unlimited)",
                          "m: error: cue 'q1' has a negative time",
                          "m: error: points must be >= 0 in the 'single-choice' question of cue 'q1'"));
}

TEST(ValidateModelTest, CaptionsNeedALanguage) {
  Lesson lesson = valid_lesson();
  lesson.captions = {CaptionTrack{"en.vtt", "", "English", {7, 3}}};
  const std::vector<Diagnostic> diagnostics = validate(lesson, "m");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].to_string(),
            "m:7:3: error: <captions> has no lang; expected a BCP 47 language tag such as 'en'");
}

TEST(ValidateModelTest, UngradedQuestionWithPoints) {
  Lesson lesson = valid_lesson();
  lesson.cues.push_back(make_cue("n", 20 * kSecond, make_question(QuestionType::Note)));
  lesson.cues.back().question.points = 3;
  const std::vector<Diagnostic> diagnostics = validate(lesson, "m");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message,
            "points in the 'note' question of cue 'n'; only graded questions have points");
}

TEST(ValidateModelTest, NegativeSeekTarget) {
  Lesson lesson = valid_lesson();
  lesson.cues[0].question.on_correct_seek = -1;
  const std::vector<Diagnostic> diagnostics = validate(lesson, "m");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "negative seek target in the 'single-choice' question of cue 'q1'");
}

TEST(ValidateModelTest, WarnsAboutALessonWithoutCues) {
  Lesson lesson = valid_lesson();
  lesson.cues.clear();
  const std::vector<Diagnostic> diagnostics = validate(lesson, "m");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Diagnostic::Warning);
  EXPECT_FALSE(has_errors(diagnostics));
}

// --- video duration --------------------------------------------------------------------

TEST(ValidateDurationTest, EverythingInsideTheVideoPasses) {
  EXPECT_THAT(validate(valid_lesson(), "m", 10 * kSecond), IsEmpty());
  EXPECT_THAT(check_times_within(valid_lesson(), "m", 10 * kSecond), IsEmpty());
}

TEST(ValidateDurationTest, CueChapterAndSeekBeyondTheEnd) {
  Lesson lesson = valid_lesson();
  lesson.cues[0].location = {9, 3};
  lesson.cues[0].question.location = {10, 5};
  lesson.chapters[1].location = {6, 3};
  lesson.cues[0].question.on_correct_seek = 30 * kSecond;
  std::vector<std::string> printed;
  for (const Diagnostic& diagnostic : validate(lesson, "m", 7'500'000))
    printed.push_back(diagnostic.to_string());
  EXPECT_THAT(
      printed,
      ElementsAre("m:6:3: error: chapter 'Middle' at 0:08 is beyond the end of the video (0:07.5)",
                  "m:9:3: error: cue 'q1' at 0:10 is beyond the end of the video (0:07.5)",
                  "m:10:5: error: <on-correct> seek target 0:30 of cue 'q1' is beyond the end of the video "
                  "(0:07.5)"));
  EXPECT_EQ(check_times_within(lesson, "m", 7'500'000).size(), 3u);
}

TEST(ValidateDurationTest, ParsedLessonPositions) {
  const ParseResult result = testing::parse(lesson_with_question(
      "single-choice", std::string(kTwoChoices) + "      <on-incorrect seek=\"2:00\"/>\n"));
  ASSERT_TRUE(result.ok());
  std::vector<std::string> printed;
  for (const Diagnostic& diagnostic : check_times_within(*result.lesson, "t.xml", 90 * kSecond)) {
    printed.push_back(diagnostic.to_string());
  }
  EXPECT_THAT(printed,
              ElementsAre("t.xml:5:5: error: <on-incorrect> seek target 2:00 of cue 'q1' is beyond the end "
                          "of the video (1:30)"));
}

TEST(IdSyntaxTest, AcceptsAndRefuses) {
  EXPECT_TRUE(is_valid_id("a"));
  EXPECT_TRUE(is_valid_id("q1.part_2-b"));
  EXPECT_TRUE(is_valid_id("0"));
  EXPECT_TRUE(is_valid_id(std::string(64, 'x')));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id(std::string(65, 'x')));
  EXPECT_FALSE(is_valid_id("-a"));
  EXPECT_FALSE(is_valid_id("a b"));
  EXPECT_FALSE(is_valid_id("caf\xC3\xA9"));
}

}  // namespace
}  // namespace cuepoint::lesson

namespace cuepoint::lesson {
namespace {

std::string lesson_with_video(std::string_view src) {
  return "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>T</title>\n  <video "
         "src=\"" +
         std::string(src) + "\"/>\n</lesson>\n";
}

TEST(ValidatorTest, MediaMustStayInsideTheLessonFolder) {
  const std::string expected = "; expected a path relative to the lesson's folder, such as 'lecture.mp4'";
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"/etc/passwd", "is an absolute path or a drive"},
      {"C:\\videos\\a.mp4", "is an absolute path or a drive"},
      {"http://example.org/a.mp4", "names a protocol or scheme ('http:')"},
      {"concat:a.mp4|b.mp4", "names a protocol or scheme ('concat:')"},
      {"subfile,,start,0,end,10,,:a.mp4", "names a protocol or scheme ('subfile,,start,0,end,10,,:')"},
      {"../../etc/passwd", "leaves the lesson's folder ('..')"},
      {"media/../../x.mp4", "leaves the lesson's folder ('..')"},
      {"media\\..\\..\\x.mp4", "leaves the lesson's folder ('..')"},
  };
  for (const auto& [src, why] : refused) {
    auto result = parse_lesson_string(lesson_with_video(src), "t.xml");
    ASSERT_FALSE(result.ok()) << src;
    bool found = false;
    for (const auto& diagnostic : result.diagnostics) {
      found |= diagnostic.to_string() == "t.xml:3:3: error: <video> src '" + src + "' " + why + expected;
    }
    EXPECT_TRUE(found) << src << ": " << result.diagnostics.front().to_string();
  }
  for (const char* fine : {"lecture.mp4", "media/lecture.mp4", "a..b.mp4", "./lecture.mp4"}) {
    const auto result = parse_lesson_string(lesson_with_video(fine), "t.xml");
    for (const auto& diagnostic : result.diagnostics) {
      EXPECT_EQ(diagnostic.message.find("src"), std::string::npos) << fine << ": " << diagnostic.to_string();
    }
  }
}

}  // namespace
}  // namespace cuepoint::lesson
