#include "learner_settings.hpp"

#include <charconv>
#include <system_error>
#include <type_traits>
#include <variant>

#include "cuepoint/store/store.hpp"

namespace cuepoint::window_player {
namespace {

bool database_exists(const std::filesystem::path& database) {
  std::error_code error;
  return std::filesystem::exists(database, error);
}

std::string scale_text(double scale) {
  char buffer[32];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, scale);
  return std::string(buffer, written.ptr);
}

}  // namespace

ui::UiSettings LearnerSettings::initial(const std::optional<std::string>& fixed) const {
  ui::UiSettings settings;
  if (fixed) {
    settings.learner.fixed = *fixed;
    return settings;
  }
  if (!database_exists(database_)) return settings;
  auto store = store::Store::open_read_only(database_);
  for (const auto& recent : store.recent_learners()) settings.learner.known.push_back(recent.learner.id);
  return settings;
}

ui::LearnerChoices LearnerSettings::load_choices(const std::string& learner) const {
  ui::LearnerChoices choices;
  if (!database_exists(database_)) return choices;
  auto store = store::Store::open_read_only(database_);
  const auto lang = store.learner_setting(learner, std::string(store::kCaptionsLangSetting));
  if (lang) choices.captions_lang = *lang;
  if (const auto scale = store.learner_setting(learner, std::string(store::kTextScaleSetting))) {
    double value = 1.0;
    const auto parsed = std::from_chars(scale->data(), scale->data() + scale->size(), value);
    // A value that does not read as a number is ignored: the default size is always readable.
    if (parsed.ec == std::errc() && parsed.ptr == scale->data() + scale->size()) choices.text_scale = value;
  }
  if (const auto contrast = store.learner_setting(learner, std::string(store::kHighContrastSetting))) {
    choices.high_contrast = *contrast == "true";
  }
  return choices;
}

void LearnerSettings::remember(const std::string& learner, const ui::Command& command) const {
  if (learner.empty()) return;
  std::optional<std::pair<std::string_view, std::string>> setting;
  std::visit(
      [&](const auto& c) {
        using C = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<C, ui::ChooseCaptions>) {
          setting.emplace(store::kCaptionsLangSetting, c.track ? c.lang : std::string());
        } else if constexpr (std::is_same_v<C, ui::SetTextScale>) {
          setting.emplace(store::kTextScaleSetting, scale_text(c.scale));
        } else if constexpr (std::is_same_v<C, ui::SetHighContrast>) {
          setting.emplace(store::kHighContrastSetting, c.on ? "true" : "false");
        }
      },
      command);
  if (!setting) return;
  auto store = store::Store::open(database_);
  store.set_learner_setting(learner, std::string(setting->first), setting->second);
}

}  // namespace cuepoint::window_player
