// Problems with the document as a whole: encoding, markup, root element, size, depth.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace cuepoint::lesson {
namespace {

using ::testing::ElementsAre;
using testing::errors_of;
using testing::lesson_with;
using testing::parse;

TEST(ParserDocumentTest, AcceptsMinimalLessonWithAWarningForNoCues) {
  const ParseResult result = parse(lesson_with(""));
  ASSERT_TRUE(result.ok());
  ASSERT_TRUE(result.lesson.has_value());
  EXPECT_EQ(result.lesson->id, "l");
  EXPECT_EQ(result.lesson->title, "T");
  EXPECT_EQ(result.lesson->video.src, "v.mp4");
  EXPECT_EQ(result.lesson->video.location, (SourceLocation{3, 3}));
  EXPECT_THAT(testing::printed(result), ElementsAre("t.xml: warning: the lesson has no cues"));
}

TEST(ParserDocumentTest, EmptyFile) {
  EXPECT_THAT(
      errors_of(""),
      ElementsAre("t.xml:1:1: error: the file is empty; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">"));
  EXPECT_THAT(
      errors_of(" \n\t\n"),
      ElementsAre("t.xml:1:1: error: the file is empty; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">"));
}

TEST(ParserDocumentTest, OnlyACommentIsNoLesson) {
  EXPECT_THAT(
      errors_of("<!-- nothing -->\n"),
      ElementsAre("t.xml:1:1: error: no root element; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">"));
}

TEST(ParserDocumentTest, MalformedXmlPointsAtTheProblem) {
  EXPECT_THAT(errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n"
                        "  <title>T</titel>\n"
                        "</lesson>\n"),
              ElementsAre("t.xml:2:13: error: malformed XML: start-end tags mismatch"));
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>T</title>\n"),
      ElementsAre("t.xml:3:1: error: malformed XML: the file ends before every element is closed"));
  EXPECT_THAT(errors_of("<lesson id=l>\n</lesson>\n"),
              ElementsAre("t.xml:1:12: error: malformed XML: error parsing element attribute"));
}

TEST(ParserDocumentTest, InvalidUtf8PointsAtTheFirstBadByte) {
  EXPECT_THAT(errors_of(lesson_with("  <!-- caf\xC3\xA9 \xE9t\xE9 -->\n")),
              ElementsAre("t.xml:4:13: error: invalid UTF-8: byte 0xE9 does not start a valid sequence; "
                          "lesson files must be UTF-8"));
  // A truncated sequence at the very end.
  EXPECT_THAT(errors_of("<lesson/>\xC3"),
              ElementsAre("t.xml:1:10: error: invalid UTF-8: byte 0xC3 does not start a valid sequence; "
                          "lesson files must be UTF-8"));
}

TEST(ParserDocumentTest, ControlCharactersAreRefused) {
  EXPECT_THAT(errors_of(lesson_with("  <!-- \x01 -->\n")),
              ElementsAre("t.xml:4:8: error: character U+0001 is not allowed in an XML document"));
}

TEST(ParserDocumentTest, Utf16IsRefusedAsNotUtf8) {
  EXPECT_THAT(errors_of(std::string("\xFF\xFE<\0l\0", 6)),
              ElementsAre("t.xml:1:1: error: invalid UTF-8: byte 0xFF does not start a valid sequence; "
                          "lesson files must be UTF-8"));
}

TEST(ParserDocumentTest, OtherDeclaredEncodingsAreRefused) {
  EXPECT_THAT(
      errors_of("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + lesson_with("")),
      ElementsAre("t.xml:1:21: error: encoding 'ISO-8859-1' is not supported; lesson files are UTF-8"));
}

TEST(ParserDocumentTest, DoctypeIsRefused) {
  EXPECT_THAT(
      errors_of("<?xml version=\"1.0\"?>\n<!DOCTYPE lesson [<!ENTITY x \"y\">]>\n" + lesson_with("")),
      ElementsAre("t.xml:2:1: error: DOCTYPE and entity declarations are not allowed in a lesson file"));
  EXPECT_THAT(
      errors_of("<!DOCTYPE lesson SYSTEM \"http://example.com/lesson.dtd\">\n" + lesson_with("")),
      ElementsAre("t.xml:1:1: error: DOCTYPE and entity declarations are not allowed in a lesson file"));
}

TEST(ParserDocumentTest, UndefinedEntitiesAreRefused) {
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n"
                "  <title>Fish &chips;</title>\n"),
      ElementsAre("t.xml:2:15: error: undefined entity '&chips;'; only &lt; &gt; &amp; &apos; &quot; and "
                  "character references (&#233;) are allowed"));
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"a&b\" at=\"1\"/>\n")),
      ElementsAre("t.xml:4:13: error: '&' must start an entity reference such as &amp; (write &amp; for a "
                  "literal '&')"));
  EXPECT_THAT(errors_of(lesson_with("  <!-- ok: & in a comment --><cue id=\"q\" at=\"1\">&#0;</cue>\n")),
              ElementsAre("t.xml:4:49: error: character reference '&#0;' is not an XML character"));
}

TEST(ParserDocumentTest, PredefinedEntitiesAndCharacterReferencesAreRead) {
  const ParseResult result = parse(
      "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n"
      "  <title>Fish &amp; chips &lt;3 &#233;&#xE9; <![CDATA[a & b]]></title>\n"
      "  <video src=\"v.mp4\"/>\n</lesson>\n");
  ASSERT_TRUE(result.ok()) << testing::printed(result).front();
  EXPECT_EQ(result.lesson->title, "Fish & chips <3 \xC3\xA9\xC3\xA9 a & b");
}

TEST(ParserDocumentTest, WrongRootElement) {
  EXPECT_THAT(errors_of("<?xml version=\"1.0\"?>\n<course/>\n"),
              ElementsAre("t.xml:2:1: error: the root element is <course>; expected <lesson "
                          "xmlns=\"urn:cuepoint:lesson:1\">"));
  EXPECT_THAT(errors_of("<cp:lesson xmlns:cp=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\"/>\n"),
              ElementsAre("t.xml:1:1: error: the root element is <cp:lesson>; expected <lesson "
                          "xmlns=\"urn:cuepoint:lesson:1\">"));
}

TEST(ParserDocumentTest, WrongOrMissingNamespace) {
  EXPECT_THAT(errors_of("<lesson xmlns=\"urn:cuepoint:lesson:2\" id=\"l\" version=\"1\"/>\n"),
              ElementsAre("t.xml:1:9: error: wrong namespace 'urn:cuepoint:lesson:2'; expected "
                          "xmlns=\"urn:cuepoint:lesson:1\" (lesson format v1)"));
  EXPECT_THAT(
      errors_of("<lesson id=\"l\" version=\"1\">\n  <title>T</title>\n  <video src=\"v.mp4\"/>\n</lesson>\n"),
      ElementsAre("t.xml:1:1: error: <lesson> is missing the required attribute 'xmlns'"));
}

TEST(ParserDocumentTest, SecondRootElementAndStrayText) {
  EXPECT_THAT(errors_of(lesson_with("") + "<lesson/>\n"),
              ElementsAre("t.xml:5:1: error: a second root element <lesson>; a lesson file holds exactly one "
                          "<lesson>"));
  EXPECT_THAT(errors_of(lesson_with("") + "j"),
              ElementsAre("t.xml:5:1: error: text outside the <lesson> element"));
  EXPECT_THAT(errors_of("junk\n" + lesson_with("")),
              ElementsAre("t.xml:1:1: error: text outside the <lesson> element"));
}

TEST(ParserDocumentTest, NestingDeeperThanTheFormatAllows) {
  EXPECT_THAT(errors_of(lesson_with("  <cue id=\"q\" at=\"1\"><question type=\"poll\"><prompt>P</prompt>\n"
                                    "    <choice id=\"a\">A<feedback>F<b>bold</b></feedback></choice>\n"
                                    "  </question></cue>\n")),
              ElementsAre("t.xml:5:32: error: <b> is nested deeper than the format allows (5 levels)"));
}

TEST(ParserDocumentTest, VeryDeepNestingDoesNotExhaustTheStack) {
  std::string deep = "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n";
  constexpr int kLevels = 100'000;
  for (int i = 0; i < kLevels; ++i) deep += "<a>";
  for (int i = 0; i < kLevels; ++i) deep += "</a>";
  deep += "</lesson>\n";
  EXPECT_THAT(errors_of(deep),
              ElementsAre("t.xml:2:13: error: <a> is nested deeper than the format allows (5 levels)"));
}

TEST(ParserDocumentTest, SizeLimitIsEnforced) {
  std::string huge = lesson_with("  <!-- " + std::string(kMaxLessonFileBytes, 'x') + " -->\n");
  EXPECT_THAT(errors_of(huge), ElementsAre("t.xml: error: the file is " + std::to_string(huge.size()) +
                                           " bytes; lesson files are limited to 1048576 bytes (1 MiB)"));
}

TEST(ParserDocumentTest, CrLfLineEndingsAndByteOrderMarkKeepPositions) {
  const ParseResult result = parse(
      "\xEF\xBB\xBF<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\r\n"
      "  <title>T</title>\r\n  <video src=\"v.mp4\"/>\r\n  <cue id=\"q\" at=\"x\"/>\r\n</lesson>\r\n");
  EXPECT_THAT(
      testing::printed(result),
      ElementsAre("t.xml:4:3: error: <cue> is missing its <question>",
                  "t.xml:4:15: error: invalid at=\"x\" on <cue>: unexpected character 'x' in time 'x'; "
                  "expected digits, ':' and '.'"));
}

TEST(ParserDocumentTest, ColumnsCountCharacters) {
  // "été" is 3 characters but 5 bytes.
  EXPECT_THAT(
      errors_of(lesson_with("  <chapter title=\"\xC3\xA9t\xC3\xA9\" at=\"x\"/>\n")),
      ElementsAre("t.xml:4:24: error: invalid at=\"x\" on <chapter>: unexpected character 'x' in time 'x'; "
                  "expected digits, ':' and '.'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <!-- \xC3\xA9t\xC3\xA9 --><bogus/>\n")),
      ElementsAre("t.xml:4:15: error: unknown element <bogus> in <lesson>; expected <title>, <description>, "
                  "<video>, <captions>, <settings>, <seal>, <chapter>, or <cue>"));
}

}  // namespace
}  // namespace cuepoint::lesson
