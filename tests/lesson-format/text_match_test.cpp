#include "cuepoint/lesson/text_match.hpp"

#include <gtest/gtest.h>

namespace cuepoint::lesson {
namespace {

TEST(NormalizeTextTest, TrimsAndCaseFolds) {
  EXPECT_EQ(normalize_text("  \xC3\x89"
                           "b\xC3\xA8"
                           "ne "),
            "\xC3\xA9"
            "b\xC3\xA8"
            "ne");  // "  Ébène " -> "ébène"
  EXPECT_EQ(normalize_text("Denominator"), "denominator");
}

TEST(NormalizeTextTest, CollapsesInnerWhiteSpaceOfAnyKind) {
  EXPECT_EQ(normalize_text("the \t\n  denominator"), "the denominator");
  EXPECT_EQ(normalize_text("a\xC2\xA0"
                           "b"),
            "a b");  // no-break space
  EXPECT_EQ(normalize_text("a\xE3\x80\x80"
                           "b"),
            "a b");  // ideographic space
  EXPECT_EQ(normalize_text("   "), "");
  EXPECT_EQ(normalize_text(""), "");
}

TEST(NormalizeTextTest, AppliesCompatibilityDecomposition) {
  EXPECT_EQ(normalize_text("\xEF\xAC\x81"
                           "ne"),
            "fine");                                            // "ﬁ" ligature
  EXPECT_EQ(normalize_text("\xEF\xBC\x91\xEF\xBC\x92"), "12");  // full-width "１２"
  EXPECT_EQ(normalize_text("\xEF\xBC\xA1\xEF\xBC\xA2"), "ab");  // full-width "ＡＢ"
  EXPECT_EQ(normalize_text("Stra\xC3\x9F"
                           "e"),
            "strasse");  // ß case-folds to ss
}

TEST(NormalizeTextTest, ComposesCombiningSequences) {
  // "e" + COMBINING ACUTE ACCENT and the precomposed "é" are the same answer.
  EXPECT_EQ(normalize_text("e\xCC\x81"), "\xC3\xA9");
}

TEST(NormalizeTextTest, DropsDefaultIgnorables) {
  EXPECT_EQ(normalize_text("deno\xC2\xAD"
                           "minator"),
            "denominator");  // soft hyphen
}

TEST(NormalizeTextTest, ReplacesIllFormedUtf8) {
  EXPECT_EQ(normalize_text("a\xFF"
                           "b"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(TextMatchesTest, ComparesNormalisedForms) {
  EXPECT_TRUE(
      text_matches("  \xC3\x89"
                   "b\xC3\xA8"
                   "ne ",
                   "\xC3\xA9"
                   "b\xC3\xA8"
                   "ne"));
  EXPECT_TRUE(
      text_matches("\xEF\xAC\x81"
                   "n",
                   "fin"));
  EXPECT_TRUE(text_matches("\xEF\xBC\x91\xEF\xBC\x92", "12"));
  EXPECT_TRUE(text_matches("The   Denominator", "the denominator"));
  EXPECT_FALSE(text_matches("numerator", "denominator"));
  EXPECT_FALSE(text_matches("ebene",
                            "\xC3\xA9"
                            "b\xC3\xA8"
                            "ne"));  // accents still matter
  EXPECT_FALSE(text_matches("thedenominator", "the denominator"));
}

}  // namespace
}  // namespace cuepoint::lesson
