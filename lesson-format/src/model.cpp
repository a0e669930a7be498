#include "cuepoint/lesson/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cuepoint::lesson {
namespace {

constexpr std::array<std::pair<QuestionType, std::string_view>, 8> kTypeNames = {{
    {QuestionType::SingleChoice, "single-choice"},
    {QuestionType::MultipleChoice, "multiple-choice"},
    {QuestionType::TrueFalse, "true-false"},
    {QuestionType::Numeric, "numeric"},
    {QuestionType::Text, "text"},
    {QuestionType::Open, "open"},
    {QuestionType::Poll, "poll"},
    {QuestionType::Note, "note"},
}};

}  // namespace

std::string_view to_string(QuestionType type) {
  for (const auto& [candidate, name] : kTypeNames) {
    if (candidate == type) return name;
  }
  return "unknown";
}

std::optional<QuestionType> question_type_from_string(std::string_view text) {
  for (const auto& [type, name] : kTypeNames) {
    if (name == text) return type;
  }
  return std::nullopt;
}

bool is_graded(QuestionType type) {
  switch (type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
    case QuestionType::TrueFalse:
    case QuestionType::Numeric:
    case QuestionType::Text:
      return true;
    case QuestionType::Open:
    case QuestionType::Poll:
    case QuestionType::Note:
      return false;
  }
  return false;
}

bool has_choices(QuestionType type) {
  return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice ||
         type == QuestionType::TrueFalse || type == QuestionType::Poll;
}

bool takes_response(QuestionType type) { return type != QuestionType::Note; }

const Cue* Lesson::find_cue(std::string_view cue_id) const {
  const auto it = std::find_if(cues.begin(), cues.end(), [&](const Cue& cue) { return cue.id == cue_id; });
  return it == cues.end() ? nullptr : &*it;
}

int Lesson::max_attempts_for(const Cue& cue) const {
  return cue.question.max_attempts.value_or(settings.max_attempts);
}

double Lesson::total_points() const {
  double total = 0.0;
  for (const Cue& cue : cues) {
    if (is_graded(cue.question.type)) total += cue.question.points;
  }
  return total;
}

}  // namespace cuepoint::lesson
