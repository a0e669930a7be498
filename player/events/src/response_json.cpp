#include "cuepoint/events/run_listener.hpp"
#include "cuepoint/lesson/grading.hpp"

namespace cuepoint::events {

nlohmann::json response_json(const lesson::Cue& cue, const lesson::Response& response) {
  using lesson::QuestionType;
  switch (cue.question.type) {
    case QuestionType::MultipleChoice:
      return response.choice_ids;
    case QuestionType::Numeric:
      if (response.number) return *response.number;
      break;
    default:
      break;
  }
  if (response.choice_ids.size() == 1) return response.choice_ids[0];
  if (!response.choice_ids.empty()) return response.choice_ids;
  if (response.text) return *response.text;
  if (response.number) return *response.number;
  return nullptr;
}

}  // namespace cuepoint::events
