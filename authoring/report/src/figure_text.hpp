// Figures as every form of the report writes them, so that the terminal, the
// CSV and the HTML page say the same thing.
#pragma once

#include <string>

#include "cuepoint/report/class_report.hpp"

namespace cuepoint::report {

// 0.633 -> "63%" (whole percent, rounded half up).
std::string percent_text(double share);
// `value` with `decimals` digits after the point: (1.25, 1) -> "1.3".
std::string fixed_text(double value, int decimals);
// A length of watching to the whole second, in lesson syntax: "2:31".
std::string duration_text(Micros micros);
// "5/6 (83%)"; "-" without graded questions.
std::string score_text(const LearnerFigures& learner);
// "b (7 of 12 wrong)"; "-" when nobody answered wrongly.
std::string wrong_answer_text(const QuestionFigures& question);
// "4.2 s"; "-" when no pause was recorded before the answers.
std::string answer_time_text(const QuestionFigures& question);
// "63% (19)"; "-" for an ungraded question.
std::string share_text(const QuestionFigures& question, int correct);
// "1 lesson version 3" / "versions 2, 3" / "" when none was recorded.
std::string versions_text(const ClassReport& report);
// "30 learners, 34 sessions, 412 answers, 1200 watch events; video 2:05".
std::string totals_text(const ClassReport& report);
// "a.sqlite, b.jsonl; 57 records found twice, counted once".
std::string inputs_text(const ClassReport& report);

}  // namespace cuepoint::report
