#include "cuepoint/lesson/writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cuepoint/lesson/parser.hpp"
#include "parse_helpers.hpp"
#include "test_models.hpp"

namespace cuepoint::lesson {
namespace {

using testing::make_choice;
using testing::make_cue;
using testing::make_question;

constexpr Micros kSecond = 1'000'000;

Lesson parse_ok(const std::string& xml, const std::string& name) {
  ParseResult result = parse_lesson_string(xml, name);
  EXPECT_TRUE(result.ok()) << name << ":\n"
                           << xml << "\n"
                           << ::testing::PrintToString(testing::printed(result));
  return result.lesson.value_or(Lesson{});
}

TEST(WriterTest, WritesAStableReadableDocument) {
  Lesson lesson;
  lesson.id = "demo";
  lesson.version = "3";
  lesson.title = "Fish & chips <1>";
  lesson.video.src = "clip.mp4";
  lesson.settings.pass_score = 50;
  lesson.chapters = {Chapter{0, "Start", {}}};
  Question question = make_question(QuestionType::SingleChoice, "Pick \"one\"");
  question.choices = {make_choice("a", true, "Yes"), make_choice("b", false)};
  question.points = 2;
  question.on_incorrect_seek = 0;
  Cue cue = make_cue("q1", 83'400'000, question);
  cue.required = false;
  lesson.cues = {cue};

  EXPECT_EQ(write_lesson(lesson),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"demo\" version=\"3\">\n"
            "  <title>Fish &amp; chips &lt;1&gt;</title>\n"
            "  <video src=\"clip.mp4\" />\n"
            "  <settings pass-score=\"50\" />\n"
            "  <chapter at=\"0:00\" title=\"Start\" />\n"
            "  <cue id=\"q1\" at=\"1:23.4\" required=\"false\">\n"
            "    <question type=\"single-choice\" points=\"2\">\n"
            "      <prompt>Pick \"one\"</prompt>\n"
            "      <choice id=\"a\" correct=\"true\">text of a<feedback>Yes</feedback>\n"
            "      </choice>\n"
            "      <choice id=\"b\">text of b</choice>\n"
            "      <on-incorrect seek=\"0:00\" />\n"
            "    </question>\n"
            "  </cue>\n"
            "</lesson>\n");
}

TEST(WriterTest, CompleteExampleRoundTrips) {
  const ParseResult original = parse_lesson_file(LESSON_FORMAT_TEST_DATA "/complete-lesson.xml");
  ASSERT_TRUE(original.ok()) << ::testing::PrintToString(testing::printed(original));
  const std::string written = write_lesson(*original.lesson);
  const Lesson reparsed = parse_ok(written, "written.xml");
  EXPECT_EQ(reparsed, *original.lesson);
  EXPECT_EQ(write_lesson(reparsed), written);
}

TEST(WriterTest, TimesAreCanonical) {
  const Lesson lesson =
      parse_ok(testing::lesson_with("  <chapter at=\"83.4\" title=\"A\"/>\n"
                                    "  <chapter at=\"01:40.250\" title=\"B\"/>\n"
                                    "  <chapter at=\"3723.5\" title=\"C\"/>\n"
                                    "  <cue id=\"q\" at=\"3723.500001\"><question type=\"note\">"
                                    "<prompt>P</prompt></question></cue>\n"),
               "t.xml");
  const std::string written = write_lesson(lesson);
  EXPECT_THAT(written, ::testing::HasSubstr("<chapter at=\"1:23.4\" title=\"A\" />"));
  EXPECT_THAT(written, ::testing::HasSubstr("<chapter at=\"1:40.25\" title=\"B\" />"));
  EXPECT_THAT(written, ::testing::HasSubstr("<chapter at=\"1:02:03.5\" title=\"C\" />"));
  EXPECT_THAT(written, ::testing::HasSubstr("<cue id=\"q\" at=\"1:02:03.500001\">"));
  EXPECT_EQ(parse_ok(written, "written.xml"), lesson);
}

TEST(WriterTest, CodeBuiltLessonWithEveryFeatureRoundTrips) {
  Lesson lesson;
  lesson.id = "all";
  lesson.version = "2026-03-01";
  lesson.language = "fr-CA";
  lesson.title = "\xC3\x89l\xC3\xA8ves & \"fractions\"";
  lesson.description = "It's <fine>";
  lesson.video = Video{"media/v.mp4", std::string(64, 'a'), {}};
  lesson.captions = {CaptionTrack{"en.vtt", "en", "English", {}}, CaptionTrack{"fr.vtt", "fr", "", {}}};
  lesson.settings = Settings{false, 87.5, 0};
  lesson.chapters = {Chapter{0, "A", {}}, Chapter{1, "B", {}}};

  Question single = make_question(QuestionType::SingleChoice, "1/4 + 1/4?");
  single.choices = {make_choice("a", true, "Right"), make_choice("b", false, "No")};
  single.feedback_correct = "Good";
  single.feedback_incorrect = "Again";
  single.on_correct_seek = 3 * kSecond;
  single.on_incorrect_seek = 1;
  single.points = 0.25;
  single.max_attempts = 0;
  Question multiple = make_question(QuestionType::MultipleChoice);
  multiple.choices = {make_choice("x", true), make_choice("y", true), make_choice("z", false)};
  Question true_false = make_question(QuestionType::TrueFalse);
  true_false.choices = {make_choice("true", false), make_choice("false", true)};
  Question numeric = make_question(QuestionType::Numeric);
  numeric.numeric_value = -0.1;
  numeric.tolerance = 0.001;
  Question text = make_question(QuestionType::Text);
  text.accepted_answers = {
      "\xC3\xA9"
      "b\xC3\xA8"
      "ne",
      "ebony"};
  Question poll = make_question(QuestionType::Poll);
  poll.choices = {make_choice("p", false, "Thanks"), make_choice("q", false)};
  lesson.cues = {make_cue("c1", 2 * kSecond, single),
                 make_cue("c2", 3 * kSecond, multiple),
                 make_cue("c3", 4 * kSecond, true_false),
                 make_cue("c4", 5 * kSecond, numeric),
                 make_cue("c5", 6 * kSecond, text),
                 make_cue("c6", 7 * kSecond, make_question(QuestionType::Open)),
                 make_cue("c7", 8 * kSecond, poll),
                 make_cue("c8", 9 * kSecond, make_question(QuestionType::Note))};
  lesson.cues[7].pause = false;
  lesson.cues[7].required = false;

  const std::string written = write_lesson(lesson);
  const Lesson reparsed = parse_ok(written, "written.xml");
  EXPECT_EQ(reparsed, lesson);
  EXPECT_EQ(write_lesson(reparsed), written);
}

}  // namespace
}  // namespace cuepoint::lesson

namespace cuepoint::lesson {
namespace {

// The element writers print what write_lesson prints for that element, at the
// element's own indentation (for tools that insert one into a hand-written file).
TEST(WriterTest, OneElementIsPrintedAsWriteLessonPrintsIt) {
  Lesson lesson;
  lesson.id = "demo";
  lesson.version = "1";
  lesson.title = "T";
  lesson.video.src = "clip.mp4";
  lesson.captions = {CaptionTrack{"en.vtt", "en", "English", {}}};
  lesson.settings.max_attempts = 2;
  lesson.chapters = {Chapter{65 * kSecond, "Two & more", {}}};
  Question question = make_question(QuestionType::Numeric, "3/4?");
  question.numeric_value = 0.75;
  question.feedback_incorrect = "Divide";
  lesson.cues = {make_cue("q1", 2 * kSecond, question)};

  std::string expected_inner;
  for (const std::string& element : {write_captions(lesson.captions[0]), write_settings(lesson.settings),
                                     write_chapter(lesson.chapters[0]), write_cue(lesson.cues[0])}) {
    // write_lesson indents <lesson>'s children by two spaces.
    std::string indented = "  ";
    for (const char c : element) {
      indented += c;
      if (c == '\n') indented += "  ";
    }
    expected_inner += indented + "\n";
  }
  const std::string written = write_lesson(lesson);
  const std::string head = "  <video src=\"clip.mp4\" />\n";
  ASSERT_NE(written.find(head), std::string::npos);
  EXPECT_EQ(written.substr(written.find(head) + head.size()), expected_inner + "</lesson>\n");
  EXPECT_EQ(write_chapter(lesson.chapters[0]), "<chapter at=\"1:05\" title=\"Two &amp; more\" />");
  EXPECT_EQ(write_cue(lesson.cues[0]),
            "<cue id=\"q1\" at=\"0:02\">\n"
            "  <question type=\"numeric\">\n"
            "    <prompt>3/4?</prompt>\n"
            "    <answer value=\"0.75\" />\n"
            "    <feedback on=\"incorrect\">Divide</feedback>\n"
            "  </question>\n"
            "</cue>");
}

}  // namespace
}  // namespace cuepoint::lesson
