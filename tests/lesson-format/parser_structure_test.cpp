// Elements and attributes: unknown, missing, repeated, out of order, stray text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace cuepoint::lesson {
namespace {

using ::testing::ElementsAre;
using testing::errors_of;
using testing::lesson_with;
using testing::lesson_with_question;

TEST(ParserStructureTest, UnknownElement) {
  EXPECT_THAT(
      errors_of(lesson_with("  <cues/>\n")),
      ElementsAre("t.xml:4:3: error: unknown element <cues> in <lesson>; expected <title>, <description>, "
                  "<video>, <captions>, <settings>, <seal>, <chapter>, or <cue>"));
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"q\" at=\"1\"><question type=\"note\"><prompt>P</prompt></question>"
                            "<hint/></cue>\n")),
      ElementsAre("t.xml:4:73: error: unknown element <hint> in <cue>; expected <question>"));
  EXPECT_THAT(
      errors_of(lesson_with("  <video src=\"v.mp4\"><source/></video>\n")),
      ElementsAre("t.xml:4:3: error: <lesson> may contain only one <video>",
                  "t.xml:4:22: error: unknown element <source> in <video>; it cannot contain elements"));
}

TEST(ParserStructureTest, ElementFromAnotherNamespaceIsUnknown) {
  EXPECT_THAT(
      errors_of(lesson_with("  <x:note xmlns:x=\"urn:other\"/>\n")),
      ElementsAre("t.xml:4:3: error: unknown element <x:note> in <lesson>; expected <title>, <description>, "
                  "<video>, <captions>, <settings>, <seal>, <chapter>, or <cue>"));
}

TEST(ParserStructureTest, UnknownAttribute) {
  EXPECT_THAT(
      errors_of(lesson_with("  <chapter at=\"1\" title=\"A\" color=\"red\"/>\n")),
      ElementsAre("t.xml:4:29: error: unknown attribute 'color' on <chapter>; expected 'at' or 'title'"));
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"q\" at=\"1\" xmlns=\"urn:other\"><question type=\"note\"><prompt>P"
                            "</prompt></question></cue>\n")),
      ElementsAre("t.xml:4:22: error: unknown attribute 'xmlns' on <cue>; expected 'id', 'at', 'pause', or "
                  "'required'"));
  EXPECT_THAT(errors_of(lesson_with_question("note", "      <prompt lang=\"en\">P</prompt>\n")),
              ElementsAre("t.xml:6:15: error: unknown attribute 'lang' on <prompt>; it takes no attributes"));
}

TEST(ParserStructureTest, RepeatedAttribute) {
  EXPECT_THAT(errors_of(lesson_with("  <chapter at=\"1\" at=\"2\" title=\"A\"/>\n")),
              ElementsAre("t.xml:4:19: error: attribute 'at' appears twice on <chapter>"));
}

TEST(ParserStructureTest, MissingRequiredAttribute) {
  EXPECT_THAT(errors_of(lesson_with("  <chapter title=\"A\"/>\n")),
              ElementsAre("t.xml:4:3: error: <chapter> is missing the required attribute 'at'"));
  EXPECT_THAT(errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" version=\"1\">\n  <title>T</title>\n"
                        "  <video src=\"v.mp4\"/>\n</lesson>\n"),
              ElementsAre("t.xml:1:1: error: <lesson> is missing the required attribute 'id'"));
  EXPECT_THAT(errors_of(lesson_with("  <captions src=\"en.vtt\"/>\n")),
              ElementsAre("t.xml:4:3: error: <captions> is missing the required attribute 'lang'"));
  EXPECT_THAT(errors_of(lesson_with_question("single-choice",
                                             "      <prompt>P</prompt>\n"
                                             "      <feedback>F</feedback>\n")),
              ElementsAre("t.xml:7:7: error: <feedback> is missing the required attribute 'on'"));
}

TEST(ParserStructureTest, MissingRequiredElement) {
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>T</title>\n"
                "</lesson>\n"),
      ElementsAre("t.xml:1:1: error: <lesson> is missing its <video>"));
  EXPECT_THAT(errors_of(lesson_with("  <cue id=\"q\" at=\"1\"/>\n")),
              ElementsAre("t.xml:4:3: error: <cue> is missing its <question>"));
  EXPECT_THAT(errors_of(lesson_with_question("note", "")),
              ElementsAre("t.xml:5:5: error: <question> is missing its <prompt>"));
}

TEST(ParserStructureTest, ElementsOutOfOrder) {
  EXPECT_THAT(errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n"
                        "  <video src=\"v.mp4\"/>\n  <title>T</title>\n</lesson>\n"),
              ElementsAre("t.xml:3:3: error: <title> must come before <video> in <lesson>"));
  EXPECT_THAT(
      errors_of(lesson_with("  <cue id=\"q\" at=\"1\"><question type=\"note\"><prompt>P</prompt></question>"
                            "</cue>\n  <chapter at=\"0\" title=\"A\"/>\n")),
      ElementsAre("t.xml:5:3: error: <chapter> must come before <cue> in <lesson>"));
  EXPECT_THAT(errors_of(lesson_with_question("single-choice",
                                             "      <prompt>P</prompt>\n"
                                             "      <on-correct seek=\"0\"/>\n"
                                             "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                             "      <choice id=\"b\">B</choice>\n")),
              ElementsAre("t.xml:8:7: error: <choice> must come before <on-correct> in <question>",
                          "t.xml:9:7: error: <choice> must come before <on-correct> in <question>"));
}

TEST(ParserStructureTest, TooManyOfAnElement) {
  EXPECT_THAT(errors_of(lesson_with("  <settings/>\n  <settings/>\n")),
              ElementsAre("t.xml:5:3: error: <lesson> may contain only one <settings>"));
  EXPECT_THAT(errors_of(lesson_with("  <cue id=\"q\" at=\"1\">\n"
                                    "    <question type=\"note\"><prompt>P</prompt></question>\n"
                                    "    <question type=\"note\"><prompt>Q</prompt></question>\n  </cue>\n")),
              ElementsAre("t.xml:6:5: error: <cue> may contain only one <question>"));
  EXPECT_THAT(errors_of(lesson_with_question("numeric",
                                             "      <prompt>P</prompt>\n"
                                             "      <answer value=\"1\"/>\n      <answer value=\"2\"/>\n")),
              ElementsAre("t.xml:8:7: error: <question> may contain only one <answer>"));
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n"
                                     "      <feedback on=\"correct\">Y</feedback>\n"
                                     "      <feedback on=\"incorrect\">N</feedback>\n"
                                     "      <feedback on=\"correct\">Y2</feedback>\n")),
      ElementsAre("t.xml:11:7: error: <question> may contain at most 2 <feedback> elements",
                  "t.xml:11:7: error: a second <feedback on=\"correct\"> in <question>; give each one once"));
}

TEST(ParserStructureTest, FeedbackForTheSameOutcomeTwice) {
  EXPECT_THAT(
      errors_of(lesson_with_question("single-choice",
                                     "      <prompt>P</prompt>\n"
                                     "      <choice id=\"a\" correct=\"true\">A</choice>\n"
                                     "      <choice id=\"b\">B</choice>\n"
                                     "      <feedback on=\"incorrect\">N</feedback>\n"
                                     "      <feedback on=\"incorrect\">N2</feedback>\n")),
      ElementsAre(
          "t.xml:10:7: error: a second <feedback on=\"incorrect\"> in <question>; give each one once"));
}

TEST(ParserStructureTest, StrayText) {
  EXPECT_THAT(errors_of(lesson_with("  hello\n")),
              ElementsAre("t.xml:4:3: error: unexpected text 'hello' in <lesson>; it holds only elements"));
  EXPECT_THAT(errors_of(lesson_with("  <video src=\"v.mp4\">clip</video>\n")),
              ElementsAre("t.xml:4:3: error: <lesson> may contain only one <video>",
                          "t.xml:4:22: error: unexpected text 'clip' in <video>; it holds only elements"));
  EXPECT_THAT(errors_of(lesson_with("  <cue id=\"q\" at=\"1\"><![CDATA[ data ]]><question type=\"note\">"
                                    "<prompt>P</prompt></question></cue>\n")),
              ElementsAre("t.xml:4:32: error: unexpected text 'data' in <cue>; it holds only elements"));
}

TEST(ParserStructureTest, LongStrayTextIsShortenedInTheMessage) {
  EXPECT_THAT(
      errors_of(lesson_with("  Lorem ipsum dolor sit amet, consectetur adipiscing elit\n")),
      ElementsAre("t.xml:4:3: error: unexpected text 'Lorem ipsum dolor sit amet, co...' in <lesson>; it "
                  "holds only elements"));
}

TEST(ParserStructureTest, ChoiceTextMustComeBeforeItsFeedback) {
  EXPECT_THAT(
      errors_of(
          lesson_with_question("single-choice",
                               "      <prompt>P</prompt>\n"
                               "      <choice id=\"a\" correct=\"true\"><feedback>F</feedback>A</choice>\n"
                               "      <choice id=\"b\">B</choice>\n")),
      ElementsAre("t.xml:7:7: error: <choice> is empty; expected text",
                  "t.xml:7:59: error: text 'A' after <feedback> in <choice>; the text must come before it"));
}

TEST(ParserStructureTest, EmptyTextElements) {
  EXPECT_THAT(
      errors_of("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n  <title>  </title>\n"
                "  <video src=\"v.mp4\"/>\n</lesson>\n"),
      ElementsAre("t.xml:2:3: error: <title> is empty; expected text"));
  EXPECT_THAT(errors_of(lesson_with_question("note", "      <prompt/>\n")),
              ElementsAre("t.xml:6:7: error: <prompt> is empty; expected text"));
  EXPECT_THAT(errors_of(lesson_with_question("text", "      <prompt>P</prompt>\n      <accept> </accept>\n")),
              ElementsAre("t.xml:7:7: error: <accept> is empty; expected text"));
}

TEST(ParserStructureTest, ReportsEveryStructuralProblemInOneRun) {
  EXPECT_THAT(
      errors_of(lesson_with("  <chapter title=\"A\" at=\"0\" foo=\"1\"/>\n  <bar/>\n  <cue at=\"1\"/>\n")),
      ElementsAre("t.xml:4:29: error: unknown attribute 'foo' on <chapter>; expected 'at' or 'title'",
                  "t.xml:5:3: error: unknown element <bar> in <lesson>; expected <title>, <description>, "
                  "<video>, <captions>, <settings>, <seal>, <chapter>, or <cue>",
                  "t.xml:6:3: error: <cue> is missing the required attribute 'id'",
                  "t.xml:6:3: error: <cue> is missing its <question>"));
}

}  // namespace
}  // namespace cuepoint::lesson
