// SourceEditor: edits are splices of the original bytes; nothing else changes.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

// Hand-written: tabs, a comment, single quotes, an entity, CRLF line ends.
const std::string kDocument =
    "<?xml version='1.0'?>\r\n"
    "<!-- teacher's notes -->\r\n"
    "<lesson a='1'  b=\"x &amp; y\">\r\n"
    "\t<title>T</title>\r\n"
    "\t<cue id='q1' at='1'>  <!-- first -->\r\n"
    "\t\t<question type='note'><prompt>P &lt; Q</prompt></question>\r\n"
    "\t</cue>\r\n"
    "\t<cue id='q2' at='2'/>\r\n"
    "</lesson>\r\n";

pugi::xml_node cue(const SourceEditor& editor, const char* id) {
  return editor.root().find_child_by_attribute("cue", "id", id);
}

TEST(SourceEditorTest, NoEditGivesTheSameBytes) {
  const SourceEditor editor(kDocument);
  EXPECT_EQ(editor.result(), kDocument);
}

TEST(SourceEditorTest, AttributeValueIsReplacedInItsOwnQuotes) {
  SourceEditor editor(kDocument);
  editor.set_attribute(cue(editor, "q1"), "at", "it's 1:05");
  std::string expected = kDocument;
  expected.replace(expected.find("at='1'"), 6, "at='it&apos;s 1:05'");
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, NewAttributeFollowsTheLastOne) {
  SourceEditor editor(kDocument);
  editor.set_attribute(cue(editor, "q2"), "pause", "false");
  std::string expected = kDocument;
  expected.replace(expected.find("at='2'/>"), 8, "at='2' pause='false'/>");
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, RemovedAttributeTakesItsSpaceWithIt) {
  SourceEditor editor(kDocument);
  editor.remove_attribute(editor.root(), "b");
  std::string expected = kDocument;
  expected.erase(expected.find("  b=\""), std::string("  b=\"x &amp; y\"").size());
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, TextIsEscapedAndOnlyTheContentChanges) {
  SourceEditor editor(kDocument);
  editor.set_text(cue(editor, "q1").child("question").child("prompt"), "A & <B>");
  std::string expected = kDocument;
  expected.replace(expected.find("P &lt; Q"), 8, "A &amp; &lt;B&gt;");
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, RemovingAnElementRemovesItsLineOnly) {
  SourceEditor editor(kDocument);
  editor.remove(cue(editor, "q1"));
  std::string expected = kDocument;
  const auto begin = expected.find("\r\n\t<cue id='q1'");
  expected.erase(begin, expected.find("\r\n\t<cue id='q2'") - begin);
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, InsertedElementGetsTheSiblingsIndentationUnitAndLineEnds) {
  SourceEditor editor(kDocument);
  editor.insert_after(cue(editor, "q2"),
                      "<cue id=\"q3\">\n  <question type=\"note\">\n    <prompt>N</prompt>\n  "
                      "</question>\n</cue>");
  std::string expected = kDocument;
  expected.insert(
      expected.find("\r\n</lesson>"),
      "\r\n\t<cue id=\"q3\">\r\n\t\t<question type=\"note\">\r\n\t\t\t<prompt>N</prompt>\r\n\t\t</question>"
      "\r\n\t</cue>");
  EXPECT_EQ(editor.result(), expected);
}

TEST(SourceEditorTest, InsertBeforeAndMovedSourceKeepBytes) {
  SourceEditor editor(kDocument);
  const std::string moved(editor.source_of(cue(editor, "q1")));
  EXPECT_EQ(
      moved,
      "<cue id='q1' at='1'>  <!-- first -->\r\n\t\t<question type='note'><prompt>P &lt; Q</prompt></question>"
      "\r\n\t</cue>");
  editor.remove(cue(editor, "q1"));
  editor.insert_source_after(cue(editor, "q2"), moved);
  const std::string result = editor.result();
  EXPECT_EQ(result,
            "<?xml version='1.0'?>\r\n<!-- teacher's notes -->\r\n<lesson a='1'  b=\"x &amp; y\">\r\n"
            "\t<title>T</title>\r\n\t<cue id='q2' at='2'/>\r\n\t" +
                moved + "\r\n</lesson>\r\n");
}

TEST(SourceEditorTest, InsertBeforeGoesAboveTheCommentLinesAboutTheSibling) {
  const std::string text =
      "<lesson>\n  <title>T</title>\n\n  <!-- the quiz:\n       two lines -->\n  <!-- second -->\n"
      "  <cue id='q'/>\n</lesson>\n";
  SourceEditor editor(text);
  editor.insert_before(editor.root().child("cue"), "<cue id='new'/>");
  EXPECT_EQ(editor.result(),
            "<lesson>\n  <title>T</title>\n\n  <cue id='new'/>\n  <!-- the quiz:\n       two lines -->\n"
            "  <!-- second -->\n  <cue id='q'/>\n</lesson>\n");
  // A comment after something else on its line is not about the next element.
  SourceEditor shared("<lesson>\n  <title>T</title> <!-- t -->\n  <cue id='q'/>\n</lesson>\n");
  shared.insert_before(shared.root().child("cue"), "<cue id='new'/>");
  EXPECT_EQ(shared.result(),
            "<lesson>\n  <title>T</title> <!-- t -->\n  <cue id='new'/>\n  <cue id='q'/>\n</lesson>\n");
}

TEST(SourceEditorTest, ElementXmlIsIndentedRelativeToItsOwnLine) {
  const SourceEditor editor("<a>\n    <b>x<c/>\n    </b>\n</a>\n");
  EXPECT_EQ(editor.element_xml_of(editor.root().child("b")), "<b>x<c/>\n</b>");
}

TEST(SourceEditorTest, OverlappingEditsAreALogicError) {
  SourceEditor editor(kDocument);
  const pugi::xml_node first = cue(editor, "q1");
  editor.remove(first);
  editor.set_text(first.child("question").child("prompt"), "x");
  EXPECT_THROW((void)editor.result(), std::logic_error);
}

TEST(SourceEditorTest, MalformedXmlIsRefused) {
  EXPECT_THROW(SourceEditor("<lesson><title></lesson>"), SourceEditError);
  EXPECT_THROW(SourceEditor("just text"), SourceEditError);
}

TEST(SourceEditorTest, EscapeTextEscapesMarkupOnly) {
  EXPECT_EQ(escape_text("a<b>&\"c'"), "a&lt;b&gt;&amp;\"c'");
}

}  // namespace
}  // namespace cuepoint::authoring
