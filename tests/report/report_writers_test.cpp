// The three forms of the report say the same figures: the text tables, the
// sectioned CSV (read back as a spreadsheet would), and the self-contained HTML.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "cuepoint/report/report_writers.hpp"
#include "report_records.hpp"

namespace cuepoint::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::SessionBuilder;

// Two learners, one graded question at 2 s, a 6 s video; ben was sent back to 1 s,
// then jumped from 3 s to 5 s and left there (watched 0-2, 1-2, 2-3: 4 s).
ClassReport small_class() {
  ClassRecords records;
  SessionBuilder(records, "ana", "sA")
      .initialized(6, 0)
      .played(0, 0)
      .paused(2, 2)
      .answered("half", 2, "single-choice", "a", true, 1, 5)
      .played(2, 5)
      .completed(6, 9)
      .terminated(6, 9);
  SessionBuilder(records, "ben", "sB")
      .initialized(6, 0)
      .played(0, 0)
      .paused(2, 2)
      .answered("half", 2, "single-choice", "<b> & \"c\"", false, 1, 3)
      .seeked(2, 1, 3)
      .played(1, 3)
      .paused(2, 4)
      .answered("half", 2, "single-choice", "a", true, 2, 6)
      .played(2, 6)
      .seeked(3, 5, 7)
      .terminated(5, 7);
  records.name_learner("ben", "Ben <Okafor>");
  auto report = build_report(records, "fractions");
  report.inputs = {"tablet.sqlite", "ben.jsonl"};
  report.duplicates = 3;
  return report;
}

std::string text_of(const ClassReport& report) {
  std::ostringstream out;
  write_text_report(report, out);
  return out.str();
}

std::string csv_of(const ClassReport& report) {
  std::ostringstream out;
  write_csv_report(report, out);
  return out.str();
}

std::string html_of(const ClassReport& report) {
  std::ostringstream out;
  write_html_report(report, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text, const std::string& end) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (auto at = text.find(end); at != std::string::npos; at = text.find(end, start)) {
    lines.push_back(text.substr(start, at - start));
    start = at + end.size();
  }
  return lines;
}

TEST(TextReport, SaysWhatWasReadAndAlignsTheTables) {
  const auto lines = lines_of(text_of(small_class()), "\n");
  ASSERT_GE(lines.size(), 14U);
  EXPECT_EQ(lines[0], "Class report: lesson fractions (version 2)");
  EXPECT_EQ(lines[1], "From: tablet.sqlite, ben.jsonl; 3 records found again, counted once");
  EXPECT_EQ(lines[2], "2 learners, 2 sessions, 3 answers, 15 watch events; video 0:06");
  EXPECT_EQ(lines[4], "Questions (shares of the learners who answered)");
  EXPECT_EQ(
      lines[5],
      "  cue     at  type           answered  1st attempt   finally  attempts mean/max  most chosen wrong "
      "answer  time to answer");
  EXPECT_EQ(
      lines[6],
      "  half  0:02  single-choice         2      50% (1)  100% (2)            1.5 / 2  <b> & \"c\" (1 of 1 "
      "wrong)           2.0 s");
  EXPECT_EQ(lines[8], "Learners");
  EXPECT_EQ(lines[9], "  learner  name          sessions       score  answered  completed  seen  watched");
  EXPECT_EQ(lines[10], "  ana      -                    1  1/1 (100%)       1/1  yes        100%     0:06");
  EXPECT_EQ(lines[11], "  ben      Ben <Okafor>         1  1/1 (100%)       1/1  no          50%     0:04");
}

TEST(TextReport, TheTimelineStripsMarkRewatchedAndSkippedSeconds) {
  const auto text = text_of(small_class());
  EXPECT_THAT(text,
              HasSubstr("Timeline (one character per second; ' ' none, '@' the most: 1 rewatches, 1 skips)\n"
                        "  0:00    rewatched | @    |\n"
                        "          skipped   |   @@ |\n"));
}

TEST(CsvReport, HasThreeDocumentedSections) {
  const auto rows = lines_of(csv_of(small_class()), "\r\n");
  const std::vector<std::string> expected_start = {
      "questions",
      "lesson_id,cue_id,cue_time_s,question_type,graded,learners,correct_first,share_correct_first,"
      "correct_finally,share_correct_finally,mean_attempts,max_attempts,wrong_attempts,top_wrong_answer,"
      "top_wrong_count,median_seconds_to_answer",
      "fractions,half,2,single-choice,true,2,1,0.5,2,1,1.5,2,1,\"<b> & \"\"c\"\"\",1,2",
      "",
      "learners",
      "lesson_id,learner_id,display_name,sessions,score,max_score,percent,questions_answered,questions_total,"
      "completed,watched_s,seen_s",
      "fractions,ana,,1,1,1,100,1,1,true,6,6",
      "fractions,ben,Ben <Okafor>,1,1,1,100,1,1,false,4,3",
      "",
      "timeline",
      "lesson_id,second,viewers,rewatches,skips",
      "fractions,0,2,0,0",
      "fractions,1,2,1,0",
      "fractions,2,2,0,0",
      "fractions,3,1,0,1",
      "fractions,4,1,0,1",
      "fractions,5,1,0,0",
  };
  EXPECT_EQ(rows, expected_start);
}

TEST(HtmlReport, IsOneSelfContainedPageWithNothingFetchedOrRun) {
  const auto html = html_of(small_class());
  EXPECT_THAT(html, ::testing::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
  EXPECT_THAT(html, Not(HasSubstr(" href=")));
  EXPECT_THAT(html, Not(HasSubstr(" src=")));
  // The only URL is the SVG namespace name, which nothing fetches.
  const std::regex url("https?://[^\"]*");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), url); it != std::sregex_iterator(); ++it)
    EXPECT_EQ(it->str(), "http://www.w3.org/2000/svg");
  EXPECT_THAT(html, HasSubstr("@media print"));
}

TEST(HtmlReport, EscapesWhatLearnersTyped) {
  const auto html = html_of(small_class());
  EXPECT_THAT(html, HasSubstr("<td>&lt;b&gt; &amp; &quot;c&quot; (1 of 1 wrong)</td>"));
  EXPECT_THAT(html, HasSubstr("<td>Ben &lt;Okafor&gt;</td>"));
  EXPECT_THAT(html, Not(HasSubstr("<b> &")));
}

TEST(HtmlReport, DrawsABarPairPerGradedQuestionAndACellPerMarkedSecond) {
  const auto html = html_of(small_class());
  const auto count = [&](const std::string& needle) {
    int n = 0;
    for (auto at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<svg "), 2);
  EXPECT_EQ(count("class=\"first\"/>"), 1);
  EXPECT_EQ(count("class=\"finally\"/>"), 1);
  EXPECT_THAT(html,
              HasSubstr("<title>half: 50% correct at the first attempt, 100% finally (2 learners)</title>"));
  EXPECT_EQ(count(": rewatched 1 time</title>"), 1);  // second 1
  EXPECT_EQ(count(": skipped 1 time</title>"), 2);    // seconds 3 and 4
  EXPECT_THAT(html, HasSubstr("<title>0:03: skipped 1 time</title>"));
  EXPECT_THAT(html, HasSubstr("<title>half at 0:02</title>"));
}

}  // namespace
}  // namespace cuepoint::report
