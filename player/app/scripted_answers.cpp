#include "scripted_answers.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace cuepoint::app {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& file, const std::string& message) {
  throw AnswersError(file + ": error: " + message);
}

// nlohmann reports a byte offset; people want line and column.
std::string position_of(const std::string& text, std::size_t byte) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
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
          if (!id.is_string()) fail(file, where + ": " + "choice ids must be strings, got " + id.dump());
          response.choice_ids.push_back(id.get<std::string>());
        }
        return response;
      }
      fail(file, where + ": " + "expected a choice id or an array of choice ids for " +
                     std::string(lesson::to_string(type)) + " cue '" + cue.id + "', got " + attempt.dump());
    case QuestionType::Numeric:
      if (attempt.is_number()) {
        response.number = attempt.get<double>();
        return response;
      }
      if (attempt.is_string()) {
        response.text = attempt.get<std::string>();
        return response;
      }
      fail(file, where + ": " + "expected a number for numeric cue '" + cue.id + "', got " + attempt.dump());
    case QuestionType::Text:
    case QuestionType::Open:
      if (attempt.is_string()) {
        response.text = attempt.get<std::string>();
        return response;
      }
      fail(file, where + ": " + "expected a string for " + std::string(lesson::to_string(type)) + " cue '" +
                     cue.id + "', got " + attempt.dump());
  }
  fail(file, where + ": " + "unsupported question type");
}

}  // namespace

ScriptedAnswers ScriptedAnswers::load(const std::filesystem::path& path, const lesson::Lesson& lesson) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path.string(), "cannot read the answers file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path.string(), lesson);
}

ScriptedAnswers ScriptedAnswers::parse(const std::string& json_text, const std::string& file_name,
                                       const lesson::Lesson& lesson) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::parse_error& error) {
    // what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    std::string detail = error.what();
    if (auto colon = detail.find(": "); colon != std::string::npos) detail = detail.substr(colon + 2);
    throw AnswersError(file_name + ":" + position_of(json_text, error.byte > 0 ? error.byte - 1 : 0) +
                       ": error: invalid JSON: " + detail);
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
