#include "scripted_answers.hpp"

#include "cuepoint/json/bounded_json.hpp"

namespace cuepoint::app {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& file, const std::string& message) {
  throw AnswersError(file + ": error: " + message);
}

lesson::Response to_response(const lesson::Cue& cue, const json& attempt, const std::string& file,
                             const std::string& where) {
  using lesson::QuestionType;
  const auto type = cue.question.type;
  lesson::Response response;
  switch (type) {
    case QuestionType::Note:
      fail(file, where + ": " + "cue '" + cue.id + "' is a note and takes no answer");
    case QuestionType::TrueFalse:
      if (attempt.is_boolean()) {
        response.choice_ids = {attempt.get<bool>() ? "true" : "false"};
        return response;
      }
      [[fallthrough]];
    case QuestionType::SingleChoice:
    case QuestionType::Poll:
    case QuestionType::MultipleChoice:
      if (attempt.is_string()) {
        response.choice_ids = {attempt.get<std::string>()};
        return response;
      }
      if (attempt.is_array()) {
        for (const auto& id : attempt) {
          if (!id.is_string())
            fail(file, where + ": " + "choice ids must be strings, got " + json_input::shorten(id));
          response.choice_ids.push_back(id.get<std::string>());
        }
        return response;
      }
      fail(file, where + ": " + "expected a choice id or an array of choice ids for " +
                     std::string(lesson::to_string(type)) + " cue '" + cue.id + "', got " +
                     json_input::shorten(attempt));
    case QuestionType::Numeric:
      if (attempt.is_number()) {
        response.number = attempt.get<double>();
        return response;
      }
      if (attempt.is_string()) {
        response.text = attempt.get<std::string>();
        return response;
      }
      fail(file, where + ": " + "expected a number for numeric cue '" + cue.id + "', got " +
                     json_input::shorten(attempt));
    case QuestionType::Text:
    case QuestionType::Open:
      if (attempt.is_string()) {
        response.text = attempt.get<std::string>();
        return response;
      }
      fail(file, where + ": " + "expected a string for " + std::string(lesson::to_string(type)) + " cue '" +
                     cue.id + "', got " + json_input::shorten(attempt));
  }
  fail(file, where + ": " + "unsupported question type");
}

}  // namespace

ScriptedAnswers ScriptedAnswers::load(const std::filesystem::path& path, const lesson::Lesson& lesson) {
  try {
    return parse(json_input::read_bounded_text(path, json_input::JsonLimits{}.max_bytes), path.string(),
                 lesson);
  } catch (const json_input::JsonInputError& error) {
    throw AnswersError(error.what());
  }
}

ScriptedAnswers ScriptedAnswers::parse(const std::string& json_text, const std::string& file_name,
                                       const lesson::Lesson& lesson) {
  json document;
  try {
    document = json_input::parse_bounded(json_text, file_name);
  } catch (const json_input::JsonInputError& error) {
    throw AnswersError(error.what());
  }
  if (!document.is_object()) {
    fail(file_name, "expected a JSON object mapping cue ids to arrays of attempts");
  }
  ScriptedAnswers answers;
  for (const auto& [cue_id, attempts] : document.items()) {
    const lesson::Cue* cue = lesson.find_cue(cue_id);
    if (cue == nullptr) fail(file_name, "cue '" + cue_id + "' is not in lesson '" + lesson.id + "'");
    if (!attempts.is_array()) fail(file_name, "cue '" + cue_id + "': expected an array of attempts");
    auto& queue = answers.attempts_[cue_id];
    int number = 0;
    for (const auto& attempt : attempts) {
      const std::string where = "cue '" + cue_id + "' attempt " + std::to_string(++number);
      auto response = to_response(*cue, attempt, file_name, where);
      if (auto problem = lesson::check_response(cue->question, response)) {
        fail(file_name, where + ": " + *problem);
      }
      queue.push_back({std::move(response), attempt.dump()});
    }
  }
  return answers;
}

std::optional<ScriptedAttempt> ScriptedAnswers::next(const std::string& cue_id) {
  auto found = attempts_.find(cue_id);
  if (found == attempts_.end() || found->second.empty()) return std::nullopt;
  auto attempt = std::move(found->second.front());
  found->second.pop_front();
  return attempt;
}

}  // namespace cuepoint::app
