#include "cuepoint/xapi/interaction.hpp"

#include <algorithm>

#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::xapi {
namespace {

using lesson::QuestionType;

constexpr const char* kListSeparator = "[,]";

bool has_true_false_ids(const lesson::Question& question) {
  return !question.choices.empty() &&
         std::all_of(question.choices.begin(), question.choices.end(),
                     [](const auto& c) { return c.id == "true" || c.id == "false"; });
}

std::string join(const std::vector<std::string>& parts) {
  std::string joined;
  for (const auto& part : parts) {
    if (!joined.empty()) joined += kListSeparator;
    joined += part;
  }
  return joined;
}

std::vector<std::string> correct_choice_ids(const lesson::Question& question, const lesson::AnswerKey& key) {
  std::vector<std::string> ids;
  for (const auto& choice : question.choices) {
    if (key.is_correct(choice)) ids.push_back(choice.id);
  }
  return ids;
}

}  // namespace

std::string interaction_type(const lesson::Question& question) {
  switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
    case QuestionType::Poll:
      return "choice";
    case QuestionType::TrueFalse:
      // The xAPI format only knows "true"/"false"; other ids stay a plain choice.
      return has_true_false_ids(question) ? "true-false" : "choice";
    case QuestionType::Numeric:
      return "numeric";
    case QuestionType::Text:
      return "fill-in";
    case QuestionType::Open:
      return "long-fill-in";
    case QuestionType::Note:
      return "other";
  }
  return "other";
}

std::optional<std::vector<std::string>> correct_responses_pattern(const lesson::Question& question,
                                                                  const lesson::AnswerKey& key) {
  switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse: {
      // Each correct choice on its own is a full answer.
      auto ids = correct_choice_ids(question, key);
      if (ids.empty()) return std::nullopt;
      return ids;
    }
    case QuestionType::MultipleChoice: {
      // Only the whole set of correct choices is fully right.
      auto ids = correct_choice_ids(question, key);
      if (ids.empty()) return std::nullopt;
      return std::vector<std::string>{join(ids)};
    }
    case QuestionType::Numeric: {
      if (!question.numeric_value) return std::nullopt;
      const double value = *question.numeric_value;
      if (question.tolerance <= 0.0) return std::vector<std::string>{format_number(value)};
      return std::vector<std::string>{format_number(value - question.tolerance) + "[:]" +
                                      format_number(value + question.tolerance)};
    }
    case QuestionType::Text: {
      // A sealed text cue keeps only hashes: there is no answer text to report.
      if (question.accepted_answers.empty()) return std::nullopt;
      // Grading ignores case, so every pattern says so (xAPI Data 2.4.4.1.1).
      std::vector<std::string> patterns;
      for (const auto& answer : question.accepted_answers)
        patterns.push_back("{case_matters=false}" + answer);
      return patterns;
    }
    case QuestionType::Open:
    case QuestionType::Poll:
    case QuestionType::Note:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string response_text(const lesson::Question& question, const lesson::Response& response) {
  if (has_choices(question.type)) return join(response.choice_ids);
  if (question.type == QuestionType::Numeric) {
    if (response.number) return format_number(*response.number);
    if (response.text) {
      if (auto number = lesson::parse_numeric_response(*response.text)) return format_number(*number);
      return *response.text;
    }
    return {};
  }
  return response.text.value_or(std::string());
}

nlohmann::json response_to_json(const lesson::Response& response) {
  nlohmann::json json = nlohmann::json::object();
  if (!response.choice_ids.empty()) json["choices"] = response.choice_ids;
  if (response.text) json["text"] = *response.text;
  if (response.number) json["number"] = *response.number;
  return json;
}

}  // namespace cuepoint::xapi
