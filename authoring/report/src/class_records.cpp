#include "cuepoint/report/class_records.hpp"

#include <utility>

namespace cuepoint::report {

bool ClassRecords::first_time(const std::string& statement_id) {
  if (statement_ids_.insert(statement_id).second) return true;
  ++duplicates_;
  return false;
}

bool ClassRecords::add(Answer answer) {
  if (!first_time(answer.statement_id)) return false;
  answers_.push_back(std::move(answer));
  return true;
}

bool ClassRecords::add(WatchEvent event) {
  if (!first_time(event.statement_id)) return false;
  watch_events_.push_back(std::move(event));
  return true;
}

void ClassRecords::name_learner(const std::string& learner_id, const std::string& display_name) {
  if (!display_name.empty()) names_[learner_id] = display_name;
}

std::optional<std::string> ClassRecords::display_name(const std::string& learner_id) const {
  const auto found = names_.find(learner_id);
  if (found == names_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> ClassRecords::lesson_ids() const {
  std::set<std::string> ids;
  for (const auto& answer : answers_) ids.insert(answer.lesson_id);
  for (const auto& event : watch_events_) ids.insert(event.lesson_id);
  return {ids.begin(), ids.end()};
}

}  // namespace cuepoint::report
