// The captions track the learner chose, loaded once, and the text it shows at
// the playback position (what the UI's CaptionText carries).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/captions/caption_track.hpp"
#include "cuepoint/loader/lesson_loader.hpp"

namespace cuepoint::window_player {

class ShownCaptions {
 public:
  // Loads lesson track `track` (an index into lesson.captions), or turns captions
  // off (nullopt). Throws captions::CaptionsError naming the file when it cannot be read.
  void choose(const loader::LoadedLesson& lesson, std::optional<std::size_t> track);
  bool on() const { return track_.has_value(); }
  // The text at `position` when it differs from what was last returned.
  std::optional<std::string> changed_text(lesson::Micros position);

 private:
  std::optional<captions::CaptionTrack> track_;
  std::string shown_;
};

}  // namespace cuepoint::window_player
