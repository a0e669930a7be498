#include "figure_text.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::report {

std::string percent_text(double share) {
  return std::to_string(static_cast<long>(std::floor(share * 100.0 + 0.5))) + "%";
}

std::string fixed_text(double value, int decimals) {
  std::vector<char> text(64);
  std::snprintf(text.data(), text.size(), "%.*f", decimals, value);
  return text.data();
}

std::string duration_text(Micros micros) {
  constexpr Micros kSecond = 1'000'000;
  return lesson::format_time((micros + kSecond / 2) / kSecond * kSecond);
}

std::string score_text(const LearnerFigures& learner) {
  if (!learner.percent) return "-";
  const auto number = [](double value) {
    return value == std::floor(value) ? std::to_string(static_cast<long>(value)) : fixed_text(value, 2);
  };
  return number(learner.score) + "/" + number(learner.max_score) + " (" +
         percent_text(*learner.percent / 100.0) + ")";
}

std::string wrong_answer_text(const QuestionFigures& question) {
  if (!question.top_wrong_answer) return "-";
  return *question.top_wrong_answer + " (" + std::to_string(question.top_wrong_count) + " of " +
         std::to_string(question.wrong_attempts) + " wrong)";
}

std::string answer_time_text(const QuestionFigures& question) {
  if (!question.median_seconds_to_answer) return "-";
  return fixed_text(*question.median_seconds_to_answer, 1) + " s";
}

std::string share_text(const QuestionFigures& question, int correct) {
  if (!question.graded || question.learners == 0) return "-";
  return percent_text(static_cast<double>(correct) / question.learners) + " (" + std::to_string(correct) +
         ")";
}

std::string versions_text(const ClassReport& report) {
  if (report.lesson_versions.empty()) return "";
  std::string text = report.lesson_versions.size() == 1 ? "version " : "versions ";
  for (std::size_t i = 0; i < report.lesson_versions.size(); ++i)
    text += (i ? ", " : "") + report.lesson_versions[i];
  return text;
}

std::string totals_text(const ClassReport& report) {
  const auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return count(report.learners.size(), "learner", "learners") + ", " +
         count(static_cast<std::size_t>(report.sessions), "session", "sessions") + ", " +
         count(static_cast<std::size_t>(report.answers), "answer", "answers") + ", " +
         count(static_cast<std::size_t>(report.watch_events), "watch event", "watch events") + "; video " +
         duration_text(report.video_length);
}

std::string inputs_text(const ClassReport& report) {
  std::string text;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) text += (i ? ", " : "") + report.inputs[i];
  if (report.duplicates > 0) {
    text +=
        "; " + std::to_string(report.duplicates) +
        (report.duplicates == 1 ? " record found again, counted once" : " records found again, counted once");
  }
  return text;
}

}  // namespace cuepoint::report
