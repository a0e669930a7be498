// Who is watching on this device, and what they chose last time: the learner
// start screen's list (most recent first) and each learner's captions language,
// text size and theme, read from and saved to the response database.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/ui/command.hpp"
#include "cuepoint/ui/player_ui.hpp"

namespace cuepoint::window_player {

class LearnerSettings {
 public:
  explicit LearnerSettings(std::filesystem::path database) : database_(std::move(database)) {}

  // The UI's start settings: `fixed` (--learner) skips the start screen; else the
  // learners who watched on this device, the last one first. A database that does
  // not exist yet has none. Throws store::StoreError for a damaged database.
  ui::UiSettings initial(const std::optional<std::string>& fixed) const;
  // The chosen learner's remembered choices, applied to `settings`.
  void load_choices(const std::string& learner, ui::UiSettings& settings) const;
  // Remembers a captions, text size or contrast choice of the learner; other commands are ignored.
  void remember(const std::string& learner, const ui::Command& command) const;

 private:
  std::filesystem::path database_;
};

}  // namespace cuepoint::window_player
