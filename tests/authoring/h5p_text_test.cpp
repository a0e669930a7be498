// H5P's HTML fragments as plain text, the Blanks "*answer/alt:tip*" syntax, and lesson ids from names.
#include <gtest/gtest.h>

#include "cuepoint/h5p/blanks.hpp"
#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/h5p/html_text.hpp"

namespace cuepoint::h5p {
namespace {

TEST(H5pHtmlText, TagsStrippedEntitiesDecodedParagraphsKept) {
  EXPECT_EQ(html_to_text("<p>Multiple choice&nbsp;quiz</p>\n"), "Multiple choice quiz");
  EXPECT_EQ(html_to_text("<p>Drag &amp; drop &#039;quiz&#039; &#x263A; &lt;b&gt;</p>"),
            "Drag & drop 'quiz' \u263A <b>");
  EXPECT_EQ(html_to_text("<p>First</p>\n\n<p>Second <strong>bold</strong> line<br>third</p>"),
            "First\nSecond bold line\nthird");
  EXPECT_EQ(html_to_text("<div>aa</div>\n"), "aa");
}

TEST(H5pHtmlText, ListItemsGetBullets) {
  EXPECT_EQ(html_to_text("<p>Take:</p>\n<ul>\n\t<li>1 cup milk</li>\n\t<li>4 cookies</li>\n</ul>\n"),
            "Take:\n\u2022 1 cup milk\n\u2022 4 cookies");
}

TEST(H5pHtmlText, WhiteSpaceCollapsedScriptsAndCommentsDropped) {
  EXPECT_EQ(html_to_text("  a \t\n b\xC2\xA0\xC2\xA0"
                         "c  "),
            "a b c");
  EXPECT_EQ(html_to_text("a<script>alert('x')</script>b<!-- hidden -->c<style>p{}</style>"), "abc");
  EXPECT_EQ(html_to_text("so&shy;ft"), "soft");
}

TEST(H5pHtmlText, UnknownEntitiesAndLoneBracketsStayAsWritten) {
  EXPECT_EQ(html_to_text("&bogus; &#xD800; &#0; 1 < 2"), "&bogus; &#xD800; &#0; 1 < 2");
  EXPECT_EQ(html_to_text("AT&T"), "AT&T");
}

// Every prefix of a fragment full of half-written markup: nothing is read past the end
// (the sanitizer build checks), and no tag or entity start leaks a partial character.
TEST(H5pHtmlText, TruncatedMarkupIsReadSafely) {
  const std::string html =
      "<p>a &amp; b &#x263A;&#12;<!-- c --><script>x</script>\xC2\xA0\xE2\x80\xA6<br/>*d/e:f*</p>";
  for (std::size_t n = 0; n <= html.size(); ++n) {
    const std::string text = html_to_text(std::string_view(html).substr(0, n));
    EXPECT_EQ(text.find('\0'), std::string::npos) << n;
    parse_blanks(text);
  }
  EXPECT_EQ(html_to_text(html), "a & b \u263A \u2026\n*d/e:f*");
}

// The lesson is XML: control characters, raw or as references, do not reach it.
TEST(H5pHtmlText, ControlCharactersAreDropped) {
  EXPECT_EQ(html_to_text("a&#12;b&#x1B;c&#127;d&#xFFFE;e\x01"
                         "f\x7F"
                         "g"),
            "abcde f g");
}

TEST(H5pHtmlText, OneLineJoinsParagraphs) { EXPECT_EQ(html_to_line("<p>One</p><p>Two</p>"), "One Two"); }

TEST(H5pBlanks, AnswersAlternativesAndTips) {
  const BlanksSentence sentence = parse_blanks("Berries are *blue / purple:think of the sky* and *red*.");
  ASSERT_EQ(sentence.blanks.size(), 2u);
  EXPECT_EQ(sentence.blanks[0].answers, (std::vector<std::string>{"blue", "purple"}));
  EXPECT_EQ(sentence.blanks[0].tip, "think of the sky");
  EXPECT_EQ(sentence.blanks[1].answers, (std::vector<std::string>{"red"}));
  EXPECT_EQ(sentence.blanks[1].tip, "");
  EXPECT_EQ(sentence.prompt_for(0), "Berries are _____ and \u2026.");
  EXPECT_EQ(sentence.prompt_for(1), "Berries are \u2026 and _____.");
}

TEST(H5pBlanks, UnpairedOrEmptyStarsAreText) {
  const BlanksSentence sentence = parse_blanks("x *y* z * w");
  ASSERT_EQ(sentence.blanks.size(), 1u);
  EXPECT_EQ(sentence.blanks[0].answers, (std::vector<std::string>{"y"}));
  EXPECT_EQ(sentence.text, (std::vector<std::string>{"x ", " z * w"}));
  EXPECT_EQ(parse_blanks("a ** b").text, (std::vector<std::string>{"a ** b"}));
  EXPECT_TRUE(parse_blanks("a ** b").blanks.empty());
  EXPECT_TRUE(parse_blanks("empty * / * blank").blanks.empty());
}

TEST(H5pLanguageTag, ShapeOfATag) {
  EXPECT_TRUE(is_language_tag("en"));
  EXPECT_TRUE(is_language_tag("nb-NO"));
  EXPECT_TRUE(is_language_tag("zh-Hant-TW"));
  EXPECT_FALSE(is_language_tag("und"));
  EXPECT_FALSE(is_language_tag(""));
  EXPECT_FALSE(is_language_tag("e"));
  EXPECT_FALSE(is_language_tag("en-"));
  EXPECT_FALSE(is_language_tag("en_US"));
  EXPECT_FALSE(is_language_tag("en\x01"));
}

TEST(H5pLessonId, FromFolderNameOrTitle) {
  EXPECT_EQ(id_from_text("Library Website Tour", "x"), "library-website-tour");
  EXPECT_EQ(id_from_text("Ökologische Problemstellungen", "x"), "kologische-problemstellungen");
  EXPECT_EQ(id_from_text("¿¡!", "h5p-import"), "h5p-import");
  EXPECT_EQ(id_from_text(std::string(100, 'a'), "x").size(), 64u);
}

}  // namespace
}  // namespace cuepoint::h5p
