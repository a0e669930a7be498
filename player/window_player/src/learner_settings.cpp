#include "learner_settings.hpp"

#include <algorithm>
#include <map>

#include "cuepoint/store/store.hpp"

namespace cuepoint::window_player {

ui::UiSettings LearnerSettings::initial(const std::optional<std::string>& fixed) const {
  ui::UiSettings settings;
  if (fixed) {
    settings.learner.fixed = *fixed;
    load_choices(*fixed, settings);
    return settings;
  }
  std::error_code error;
  if (!std::filesystem::exists(database_, error)) return settings;
  auto store = store::Store::open_read_only(database_);
  // Latest session start per learner (RFC 3339 UTC strings sort as times).
  std::map<std::string, std::string> latest;
  for (const auto& session : store.sessions()) {
    auto& when = latest[session.learner_id];
    when = std::max(when, session.started_utc);
  }
  std::vector<std::pair<std::string, std::string>> order(latest.begin(), latest.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [learner, when] : order) settings.learner.known.push_back(learner);
  return settings;
}

void LearnerSettings::load_choices(const std::string&, ui::UiSettings&) const {}

void LearnerSettings::remember(const std::string&, const ui::Command&) const {}

}  // namespace cuepoint::window_player
