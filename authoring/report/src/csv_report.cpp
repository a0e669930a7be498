#include <cmath>
#include <initializer_list>
#include <string>

#include "cuepoint/record/export.hpp"
#include "cuepoint/report/report_writers.hpp"
#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::report {
namespace {

// Shares and means to four decimals: exact counts are in their own columns.
std::string rounded(double value) { return xapi::format_number(std::round(value * 1e4) / 1e4); }

std::string seconds(Micros micros) { return xapi::format_number(xapi::to_seconds(micros)); }

void row(std::ostream& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const auto& cell : cells) {
    if (!first) out << ',';
    out << record::csv_field(cell);
    first = false;
  }
  out << "\r\n";
}

}  // namespace

void write_csv_report(const ClassReport& report, std::ostream& out) {
  row(out, {"questions"});
  row(out,
      {"lesson_id", "cue_id", "cue_time_s", "question_type", "graded", "learners", "correct_first",
       "share_correct_first", "correct_finally", "share_correct_finally", "mean_attempts", "max_attempts",
       "wrong_attempts", "top_wrong_answer", "top_wrong_count", "median_seconds_to_answer"});
  for (const auto& q : report.questions) {
    row(out,
        {report.lesson_id, q.cue_id, seconds(q.cue_time), q.question_type, q.graded ? "true" : "false",
         std::to_string(q.learners), q.graded ? std::to_string(q.correct_first) : "",
         q.graded ? rounded(q.share_correct_first()) : "", q.graded ? std::to_string(q.correct_finally) : "",
         q.graded ? rounded(q.share_correct_finally()) : "", rounded(q.mean_attempts),
         std::to_string(q.max_attempts), std::to_string(q.wrong_attempts), q.top_wrong_answer.value_or(""),
         std::to_string(q.top_wrong_count),
         q.median_seconds_to_answer ? rounded(*q.median_seconds_to_answer) : ""});
  }
  out << "\r\n";
  row(out, {"learners"});
  row(out, {"lesson_id", "learner_id", "display_name", "sessions", "score", "max_score", "percent",
            "questions_answered", "questions_total", "completed", "watched_s", "seen_s"});
  for (const auto& l : report.learners) {
    row(out, {report.lesson_id, l.learner_id, l.display_name, std::to_string(l.sessions), rounded(l.score),
              rounded(l.max_score), l.percent ? rounded(*l.percent) : "",
              std::to_string(l.questions_answered), std::to_string(report.questions.size()),
              l.completed ? "true" : "false", seconds(l.watched), seconds(l.seen)});
  }
  out << "\r\n";
  row(out, {"timeline"});
  row(out, {"lesson_id", "second", "viewers", "rewatches", "skips"});
  for (std::size_t s = 0; s < report.timeline.size(); ++s) {
    const auto& second = report.timeline[s];
    row(out, {report.lesson_id, std::to_string(s), std::to_string(second.viewers),
              std::to_string(second.rewatches), std::to_string(second.skips)});
  }
}

}  // namespace cuepoint::report
