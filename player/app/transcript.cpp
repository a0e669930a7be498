#include "transcript.hpp"

#include <cmath>
#include <sstream>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::app {
namespace {

using lesson::format_time;
using nlohmann::json;

constexpr const char* kIndent = "           ";

std::string number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

}  // namespace

std::string Transcript::describe_response(const lesson::Cue& cue, const json& response) const {
  const auto choice_text = [&](const std::string& id) {
    for (const auto& choice : cue.question.choices) {
      if (choice.id == id) return id + " \"" + choice.text + "\"";
    }
    return id;
  };
  if (response.is_array()) {
    std::string picked;
    for (const auto& id : response)
      picked += (picked.empty() ? "" : ", ") + choice_text(id.get<std::string>());
    return picked;
  }
  if (response.is_string() && lesson::has_choices(cue.question.type))
    return choice_text(response.get<std::string>());
  if (response.is_string()) return "\"" + response.get<std::string>() + "\"";
  return response.dump();
}

void Transcript::started(const events::RunStarted& start) {
  out_ << lesson_.title << " (" << lesson_.id << " version " << lesson_.version << "), "
       << format_time(start.info.duration) << ", " << start.info.width << "x" << start.info.height << "\n";
  out_.flush();
}

void Transcript::cue(const session::CueReached& reached, const std::optional<std::filesystem::path>&) {
  const auto& cue = *reached.cue;
  std::string when = format_time(cue.at);
  when.resize(std::max<std::size_t>(when.size() + 1, 9), ' ');
  out_ << "  " << when << lesson::to_string(cue.question.type) << (cue.pause ? "" : " (no pause)") << ": "
       << cue.question.prompt << (reached.firing > 1 ? " (again)" : "") << "\n";
  out_.flush();
}

void Transcript::answered(const session::AnswerGraded& answer, const json& response) {
  const auto& outcome = answer.outcome;
  const auto& grade = outcome.grade;
  out_ << kIndent << "answer: " << describe_response(*answer.cue, response);
  if (grade.graded) {
    out_ << " - " << (grade.correct ? "correct" : "incorrect") << ", " << number(grade.score) << "/"
         << number(grade.max_score) << " (attempt " << outcome.attempt;
    if (outcome.attempts_left >= 0) out_ << ", " << outcome.attempts_left << " left";
    out_ << ")";
  } else {
    out_ << " (not graded)";
  }
  out_ << "\n";
  for (const auto& feedback : grade.choice_feedback) out_ << kIndent << feedback << "\n";
  if (!grade.feedback.empty()) out_ << kIndent << grade.feedback << "\n";
  out_.flush();
}

void Transcript::skipped(const session::Skipped&) {
  out_ << kIndent << "skipped (optional)\n";
  out_.flush();
}

void Transcript::seeked(const session::Seeked& seek) {
  const bool back = seek.to < seek.from;
  out_ << kIndent << (back ? "rewatching " : "jumping to ") << format_time(seek.to)
       << (back ? "-" + format_time(seek.from) : "") << "\n";
  out_.flush();
}

void Transcript::ended(const session::Ended& end) {
  const auto& result = end.result;
  out_ << "Score " << number(result.score) << "/" << number(result.max_score) << " ("
       << std::lround(result.percent) << "%): " << (result.passed ? "passed" : "not passed") << ", pass mark "
       << number(lesson_.settings.pass_score) << "%; " << result.cues_completed << " of " << result.cues_total
       << " cues done.\n";
  out_.flush();
}

void Transcript::finished(const events::RunStats&) {
}  // statistics are for machines: the events stream has them

}  // namespace cuepoint::app
