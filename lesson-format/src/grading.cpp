#include "cuepoint/lesson/grading.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/text_match.hpp"

namespace cuepoint::lesson {
namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// "a 'poll' question", "an 'open' question".
std::string a_question(const Question& question) {
  const std::string_view name = to_string(question.type);
  const bool vowel = std::string_view("aeiou").find(name.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + quoted(name) + " question";
}

const Choice* find_choice(const Question& question, std::string_view id) {
  const auto it = std::find_if(question.choices.begin(), question.choices.end(),
                               [&](const Choice& choice) { return choice.id == id; });
  return it == question.choices.end() ? nullptr : &*it;
}

std::string choice_id_list(const Question& question) {
  std::string list;
  for (const Choice& choice : question.choices) {
    if (!list.empty()) list += ", ";
    list += quoted(choice.id);
  }
  return list;
}

std::optional<std::string> check_choices(const Question& question, const Response& response) {
  if (response.text || response.number) {
    return a_question(question) + " takes choice ids, not text or a number";
  }
  const std::size_t picked = response.choice_ids.size();
  const bool exactly_one = question.type != QuestionType::MultipleChoice;
  if (exactly_one && picked != 1) {
    return a_question(question) + " takes exactly one choice id, got " + std::to_string(picked);
  }
  if (picked == 0) return a_question(question) + " takes at least one choice id, got none";
  std::set<std::string_view> seen;
  for (const std::string& id : response.choice_ids) {
    if (find_choice(question, id) == nullptr) {
      return "unknown choice id " + quoted(id) + "; expected one of " + choice_id_list(question);
    }
    if (!seen.insert(id).second) return "choice id " + quoted(id) + " picked twice";
  }
  return std::nullopt;
}

std::optional<std::string> check_number(const Response& response) {
  if (!response.choice_ids.empty()) return "a 'numeric' question takes a number, not choice ids";
  if (response.number && response.text) return "a 'numeric' question takes a number or its text, not both";
  if (response.number) {
    if (!std::isfinite(*response.number)) return "the number is not finite";
    return std::nullopt;
  }
  if (!response.text) return "a 'numeric' question takes a number, got no response";
  if (!parse_numeric_response(*response.text)) {
    return quoted(*response.text) + " is not a number; expected digits with an optional sign and '.' " +
           "as the decimal separator (e.g. '3.5')";
  }
  return std::nullopt;
}

std::optional<std::string> check_text(const Question& question, const Response& response) {
  if (!response.choice_ids.empty() || response.number) {
    return a_question(question) + " takes text, not choice ids or a number";
  }
  if (!response.text) return a_question(question) + " takes text, got no response";
  if (normalize_text(*response.text).empty()) return "the answer is empty";
  return std::nullopt;
}

// Full points for exact; partial credit otherwise, never below zero.
double multiple_choice_score(const Question& question, const std::vector<std::string>& picked,
                             const AnswerKey& key) {
  const auto correct_count = std::count_if(question.choices.begin(), question.choices.end(),
                                           [&](const Choice& choice) { return key.is_correct(choice); });
  if (correct_count == 0) return 0.0;
  long hits = 0;
  long wrong = 0;
  for (const std::string& id : picked) {
    (key.is_correct(*find_choice(question, id)) ? hits : wrong) += 1;
  }
  return question.points * static_cast<double>(std::max(0L, hits - wrong)) /
         static_cast<double>(correct_count);
}

bool numeric_within_tolerance(const Question& question, double number) {
  const double value = question.numeric_value.value_or(0.0);
  // Slack for binary rounding: 0.4 - 0.3 is 0.10000000000000003.
  const double slack = 1e-9 * std::max({1.0, std::abs(value), std::abs(number)});
  return std::abs(number - value) <= question.tolerance + slack;
}

}  // namespace

std::optional<double> parse_numeric_response(std::string_view text) {
  // Normalise first so full-width digits and surrounding spaces are accepted.
  const std::string normalized = normalize_text(text);
  std::string_view digits = normalized;
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  // Plain decimal only: [-]digits[.digits]; from_chars alone would accept "1e3" and stop at ",".
  std::size_t i = digits.empty() || digits.front() != '-' ? 0 : 1;
  const std::size_t integer_start = i;
  while (i < digits.size() && digits[i] >= '0' && digits[i] <= '9') ++i;
  if (i == integer_start) return std::nullopt;
  if (i < digits.size() && digits[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < digits.size() && digits[i] >= '0' && digits[i] <= '9') ++i;
    if (i == fraction_start) return std::nullopt;
  }
  if (i != digits.size()) return std::nullopt;
  double value = 0.0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<std::string> check_response(const Question& question, const Response& response) {
  switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
    case QuestionType::TrueFalse:
    case QuestionType::Poll:
      return check_choices(question, response);
    case QuestionType::Numeric:
      return check_number(response);
    case QuestionType::Text:
    case QuestionType::Open:
      return check_text(question, response);
    case QuestionType::Note:
      if (response != Response::none()) return std::string("a 'note' takes no response");
      return std::nullopt;
  }
  return std::string("unknown question type");
}

Grade grade(const Question& question, const Response& response, const AnswerKey& key) {
  if (auto problem = check_response(question, response)) throw InvalidResponse(*problem);

  Grade result;
  for (const std::string& id : response.choice_ids) {
    const Choice* choice = find_choice(question, id);
    if (!choice->feedback.empty()) result.choice_feedback.push_back(choice->feedback);
  }
  if (!is_graded(question.type)) return result;

  result.graded = true;
  result.max_score = question.points;
  switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse:
      result.correct = key.is_correct(*find_choice(question, response.choice_ids.front()));
      result.score = result.correct ? question.points : 0.0;
      break;
    case QuestionType::MultipleChoice: {
      std::set<std::string_view> expected;
      for (const Choice& choice : question.choices) {
        if (key.is_correct(choice)) expected.insert(choice.id);
      }
      const std::set<std::string_view> picked(response.choice_ids.begin(), response.choice_ids.end());
      result.correct = picked == expected;
      result.score =
          result.correct ? question.points : multiple_choice_score(question, response.choice_ids, key);
      break;
    }
    case QuestionType::Numeric: {
      const double number = response.number ? *response.number : *parse_numeric_response(*response.text);
      result.correct = numeric_within_tolerance(question, number);
      result.score = result.correct ? question.points : 0.0;
      break;
    }
    case QuestionType::Text:
      result.correct = key.accepts(question, *response.text);
      result.score = result.correct ? question.points : 0.0;
      break;
    case QuestionType::Open:
    case QuestionType::Poll:
    case QuestionType::Note:
      break;
  }
  result.feedback = result.correct ? question.feedback_correct : question.feedback_incorrect;
  return result;
}

}  // namespace cuepoint::lesson
