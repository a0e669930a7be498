// Attribute values: times, booleans, ids, numbers, enumerations, hashes, language tags.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace cuepoint::lesson {
namespace {

using ::testing::ElementsAre;
using testing::errors_of;
using testing::lesson_with;
using testing::lesson_with_question;

std::string chapter_at(std::string_view at) {
  return lesson_with("  <chapter at=\"" + std::string(at) + "\" title=\"A\"/>\n");
}

TEST(ParserValuesTest, BadTimes) {
  EXPECT_THAT(
      errors_of(chapter_at("1:75")),
      ElementsAre("t.xml:4:12: error: invalid at=\"1:75\" on <chapter>: seconds '75' in time '1:75' must be "
                  "less than 60"));
  EXPECT_THAT(
      errors_of(chapter_at("-3")),
      ElementsAre("t.xml:4:12: error: invalid at=\"-3\" on <chapter>: negative time '-3'; times are >= 0"));
  EXPECT_THAT(
      errors_of(chapter_at("0.1234567")),
      ElementsAre(
          "t.xml:4:12: error: invalid at=\"0.1234567\" on <chapter>: more than 6 fractional digits in "
          "time '0.1234567'; times are exact to the microsecond"));
  EXPECT_THAT(
      errors_of(chapter_at("")),
      ElementsAre("t.xml:4:12: error: invalid at=\"\" on <chapter>: empty time; expected e.g. '83.4', "
                  "'1:23.4' or '1:02:03.5'"));
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n"
                                     "      <on-incorrect seek=\"soon\"/>\n")),
      ElementsAre("t.xml:9:21: error: invalid seek=\"soon\" on <on-incorrect>: unexpected character 's' in "
                  "time 'soon'; expected digits, ':' and '.'"));
}

TEST(ParserValuesTest, NegativeSeekTarget) {
  EXPECT_THAT(
      errors_of(lesson_with_question("true-false",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"true\" correct=\"true\">T</choice>\n"
                                     "      <choice id=\"false\">F</choice>\n"
                                     "      <on-correct seek=\"-0:10\"/>\n")),
      ElementsAre("t.xml:9:19: error: invalid seek=\"-0:10\" on <on-correct>: negative time '-0:10'; times "
                  "are >= 0"));
}

TEST(ParserValuesTest, TimesAreReadExactly) {
  const ParseResult result = testing::parse(
      lesson_with("  <chapter at=\"0.000001\" title=\"A\"/>\n  <chapter at=\"01:23.400\" title=\"B\"/>\n"
                  "  <chapter at=\"1:02:03.5\" title=\"C\"/>\n"));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.lesson->chapters.size(), 3u);
  EXPECT_EQ(result.lesson->chapters[0].at, 1);
  EXPECT_EQ(result.lesson->chapters[1].at, 83'400'000);
  EXPECT_EQ(result.lesson->chapters[2].at, 3'723'500'000);
  EXPECT_EQ(result.lesson->chapters[2].location, (SourceLocation{6, 3}));
}

TEST(ParserValuesTest, BadBooleans) {
  EXPECT_THAT(
      errors_of(
          lesson_with("  <cue id=\"q\" at=\"1\" pause=\"yes\"><question type=\"note\"><prompt>P</prompt>"
                      "</question></cue>\n")),
      ElementsAre(
          "t.xml:4:22: error: invalid pause=\"yes\" on <cue>: expected 'true' or 'false', got 'yes'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <settings allow-skip-ahead=\"1\"/>\n")),
      ElementsAre("t.xml:4:13: error: invalid allow-skip-ahead=\"1\" on <settings>: expected 'true' or "
                  "'false', got '1'"));
  EXPECT_THAT(
      errors_of(lesson_with_question("poll",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"True\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n")),
      ElementsAre("t.xml:7:22: error: invalid correct=\"True\" on <choice>: expected 'true' or 'false', got "
                  "'True'"));
}

TEST(ParserValuesTest, BadIds) {
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"question one\" at=\"1\"><question type=\"note\"><prompt>P</prompt>"
                            "</question></cue>\n")),
      ElementsAre("t.xml:4:8: error: invalid id=\"question one\" on <cue>: 'question one' is not an id; "
                  "expected 1 to 64 characters from A-Z a-z 0-9 . _ - starting with a letter or digit"));
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"-x\" version=\"1\">\n  <title>T</title>\n"
                "  <video src=\"v.mp4\"/>\n</lesson>\n"),
      ElementsAre("t.xml:1:39: error: invalid id=\"-x\" on <lesson>: '-x' is not an id; expected 1 to 64 "
                  "characters from A-Z a-z 0-9 . _ - starting with a letter or digit"));
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"" + std::string(65, 'a') +
                            "\" at=\"1\"><question type=\"note\"><prompt>P</prompt></question></cue>\n")),
      ElementsAre("t.xml:4:8: error: invalid id=\"" + std::string(65, 'a') + "\" on <cue>: '" +
                  std::string(65, 'a') +
                  "' is not an id; expected 1 to 64 characters from A-Z a-z 0-9 . _ - starting with a letter "
                  "or digit"));
}

TEST(ParserValuesTest, BadQuestionType) {
  EXPECT_THAT(
      errors_of(lesson_with_question("essay", "      <prompt>P</prompt>\n")),
      ElementsAre("t.xml:5:15: error: invalid type=\"essay\" on <question>: unknown question type 'essay'; "
                  "expected single-choice, multiple-choice, true-false, numeric, text, open, poll or note"));
}

TEST(ParserValuesTest, BadNumbers) {
  EXPECT_THAT(
      errors_of(lesson_with_question("numeric",
                                     "      <prompt>P</prompt>\n"
                                     "      <answer value=\"3,5\" tolerance=\"-1\"/>\n")),
      ElementsAre("t.xml:7:15: error: invalid value=\"3,5\" on <answer>: expected a decimal number such as "
                  "'2', '-1' or '0.25', got '3,5'",
                  "t.xml:7:27: error: invalid tolerance=\"-1\" on <answer>: expected a decimal number >= 0 "
                  "such as '2' or '0.5', got '-1'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <settings pass-score=\"101\" max-attempts=\"-1\"/>\n")),
      ElementsAre(
          "t.xml:4:13: error: invalid pass-score=\"101\" on <settings>: '101' is above 100; "
          "pass-score is a percentage 0..100",
          "t.xml:4:30: error: invalid max-attempts=\"-1\" on <settings>: expected a whole number >= 0, "
          "got '-1'"));
  EXPECT_THAT(errors_of(lesson_with("  <settings max-attempts=\"99999999999\"/>\n")),
              ElementsAre("t.xml:4:13: error: invalid max-attempts=\"99999999999\" on <settings>: number "
                          "'99999999999' is too large; the limit is 1000000"));
}

TEST(ParserValuesTest, NumbersAreRead) {
  const ParseResult result = testing::parse(lesson_with(
      "  <settings allow-skip-ahead=\"false\" pass-score=\"62.5\" max-attempts=\"0\"/>\n"
      "  <cue id=\"q\" at=\"1\">\n    <question type=\"numeric\" points=\"2.5\" max-attempts=\"4\">\n"
      "      <prompt>P</prompt>\n      <answer value=\"-0.75\" tolerance=\"0.01\"/>\n"
      "    </question>\n  </cue>\n"));
  ASSERT_TRUE(result.ok()) << testing::printed(result).front();
  EXPECT_FALSE(result.lesson->settings.allow_skip_ahead);
  EXPECT_DOUBLE_EQ(result.lesson->settings.pass_score, 62.5);
  EXPECT_EQ(result.lesson->settings.max_attempts, 0);
  const Question& question = result.lesson->cues.at(0).question;
  EXPECT_DOUBLE_EQ(question.points, 2.5);
  EXPECT_EQ(question.max_attempts, 4);
  EXPECT_EQ(question.numeric_value, -0.75);
  EXPECT_DOUBLE_EQ(question.tolerance, 0.01);
}

TEST(ParserValuesTest, PointsAndAttemptsOnUngradedQuestions) {
  EXPECT_THAT(errors_of(lesson_with("  <cue id=\"q\" at=\"1\">\n    <question type=\"poll\" points=\"2\" "
                                    "max-attempts=\"1\">\n      <prompt>P</prompt>\n"
                                    "      <choice id=\"a\">A</choice>\n      <choice id=\"b\">B</choice>\n"
                                    "    </question>\n  </cue>\n")),
              ElementsAre("t.xml:5:27: error: 'points' has no meaning on an ungraded 'poll' question",
                          "t.xml:5:38: error: 'max-attempts' has no meaning on an ungraded 'poll' question"));
}

TEST(ParserValuesTest, BadFeedbackOutcome) {
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n"
                                     "      <feedback on=\"wrong\">N</feedback>\n")),
      ElementsAre("t.xml:9:17: error: invalid on=\"wrong\" on <feedback>: expected 'correct' or 'incorrect', "
                  "got 'wrong'"));
}

TEST(ParserValuesTest, BadVideoAndCaptions) {
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>T</title>\n"
                "  <video src=\"\" sha256=\"ABC\"/>\n</lesson>\n"),
      ElementsAre("t.xml:3:10: error: invalid src=\"\" on <video>: it must not be empty",
                  "t.xml:3:17: error: invalid sha256=\"ABC\" on <video>: expected 64 lowercase hexadecimal "
                  "digits (a SHA-256 digest), got 'ABC'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <captions src=\"en.vtt\" lang=\"english!\"/>\n")),
      ElementsAre(
          "t.xml:4:26: error: invalid lang=\"english!\" on <captions>: expected a BCP 47 language tag "
          "such as 'en' or 'fr-CA', got 'english!'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <captions src=\"en.vtt\" lang=\"\"/>\n")),
      ElementsAre(
          "t.xml:4:26: error: invalid lang=\"\" on <captions>: expected a BCP 47 language tag such as "
          "'en' or 'fr-CA', got ''"));
}

TEST(ParserValuesTest, BadLessonAttributes) {
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\" \" xml:lang=\"12\">\n"
                "  <title>T</title>\n  <video src=\"v.mp4\"/>\n</lesson>\n"),
      ElementsAre(
          "t.xml:1:46: error: invalid version=\" \" on <lesson>: it must not be empty",
          "t.xml:1:58: error: invalid xml:lang=\"12\" on <lesson>: expected a BCP 47 language tag such "
          "as 'en' or 'fr-CA', got '12'"));
}

TEST(ParserValuesTest, TextIsWhiteSpaceNormalised) {
  const ParseResult result = testing::parse(
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\" xml:lang=\"zh-Hant-TW\">\n"
      "  <title>\n    Adding\n    fractions  </title>\n  <video src=\"v.mp4\"/>\n"
      "  <cue id=\"q\" at=\"1\"><question type=\"text\"><prompt>P</prompt>"
      "<accept>  two\tthirds </accept></question></cue>\n</lesson>\n");
  ASSERT_TRUE(result.ok()) << testing::printed(result).front();
  EXPECT_EQ(result.lesson->title, "Adding fractions");
  EXPECT_EQ(result.lesson->language, "zh-Hant-TW");
  EXPECT_EQ(result.lesson->cues.at(0).question.accepted_answers, std::vector<std::string>{"two thirds"});
}

}  // namespace
}  // namespace cuepoint::lesson
