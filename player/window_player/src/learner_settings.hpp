// Who is watching on this device, and what they chose last time: the learner
// start screen's list (most recent first) and each learner's captions language,
// text size and theme, read from and saved to the response database.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/ui/command.hpp"
#include "cuepoint/ui/input.hpp"
#include "cuepoint/ui/player_ui.hpp"

namespace cuepoint::window_player {

class LearnerSettings {
 public:
  explicit LearnerSettings(std::filesystem::path database) : database_(std::move(database)) {}

  // The UI's start settings: `fixed` (--learner) skips the start screen; else the
  // learners of this device, the most recently active first. A database that does
  // not exist yet has none. Throws store::StoreError for a damaged database.
  // Choices come later, through load_choices, once the learner's session is open.
  ui::UiSettings initial(const std::optional<std::string>& fixed) const;
  // The learner's remembered choices (defaults for a new learner or a new device).
  // Throws store::StoreError for a damaged database.
  ui::LearnerChoices load_choices(const std::string& learner) const;
  // Remembers a captions, text size or contrast choice of the learner (known to the
  // store: their session is open); other commands are ignored. Throws store::StoreError.
  void remember(const std::string& learner, const ui::Command& command) const;

 private:
  std::filesystem::path database_;
};

}  // namespace cuepoint::window_player
