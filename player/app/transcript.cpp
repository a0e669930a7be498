#include "transcript.hpp"

#include <cmath>
#include <sstream>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::app {
namespace {

using nlohmann::json;

constexpr const char* kIndent = "           ";

std::string time_of(const json& seconds) {
  return lesson::format_time(static_cast<lesson::Micros>(std::llround(seconds.get<double>() * 1e6)));
}

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

void Transcript::on(const std::string& event, const json& fields) {
  if (event == "start") {
    out_ << lesson_.title << " (" << lesson_.id << " version " << lesson_.version << "), "
         << time_of(fields["duration"]) << ", " << fields["width"] << "x" << fields["height"] << "\n";
  } else if (event == "cue") {
    const auto* cue = lesson_.find_cue(fields["cue"].get<std::string>());
    if (cue == nullptr) return;
    std::string when = time_of(fields["at"]);
    when.resize(std::max<std::size_t>(when.size() + 1, 9), ' ');
    out_ << "  " << when << lesson::to_string(cue->question.type) << (cue->pause ? "" : " (no pause)") << ": "
         << cue->question.prompt << (fields["firing"].get<int>() > 1 ? " (again)" : "") << "\n";
  } else if (event == "answer") {
    const auto* cue = lesson_.find_cue(fields["cue"].get<std::string>());
    if (cue == nullptr) return;
    out_ << kIndent << "answer: " << describe_response(*cue, fields["response"]);
    if (fields["graded"].get<bool>()) {
      out_ << " - " << (fields["correct"].get<bool>() ? "correct" : "incorrect") << ", "
           << number(fields["score"].get<double>()) << "/" << number(fields["max_score"].get<double>())
           << " (attempt " << fields["attempt"];
      if (!fields["attempts_left"].is_null()) out_ << ", " << fields["attempts_left"] << " left";
      out_ << ")";
    } else {
      out_ << " (not graded)";
    }
    out_ << "\n";
    if (fields.contains("choice_feedback")) {
      for (const auto& feedback : fields["choice_feedback"])
        out_ << kIndent << feedback.get<std::string>() << "\n";
    }
    if (fields.contains("feedback")) out_ << kIndent << fields["feedback"].get<std::string>() << "\n";
  } else if (event == "skip") {
    out_ << kIndent << "skipped (optional)\n";
  } else if (event == "seek") {
    const bool back = fields["to"].get<double>() < fields["from"].get<double>();
    out_ << kIndent << (back ? "rewatching " : "jumping to ") << time_of(fields["to"])
         << (back ? "-" + time_of(fields["from"]) : "") << "\n";
  } else if (event == "end") {
    out_ << "Score " << number(fields["score"].get<double>()) << "/"
         << number(fields["max_score"].get<double>()) << " (" << std::lround(fields["percent"].get<double>())
         << "%): " << (fields["passed"].get<bool>() ? "passed" : "not passed") << ", pass mark "
         << number(lesson_.settings.pass_score) << "%; " << fields["cues_completed"] << " of "
         << fields["cues_total"] << " cues done.\n";
  }
  out_.flush();
}

}  // namespace cuepoint::app
