#include "shown_captions.hpp"

namespace cuepoint::window_player {

void ShownCaptions::choose(const loader::LoadedLesson& lesson, std::optional<std::size_t> track) {
  track_.reset();
  if (!track || *track >= lesson.captions.size()) return;
  const auto& reference = lesson.captions[*track];
  if (!reference.path) {
    throw captions::CaptionsError(reference.named.string() + ": the captions file could not be opened");
  }
  track_ = captions::CaptionTrack::load(*reference.path);
}

std::optional<std::string> ShownCaptions::changed_text(lesson::Micros position) {
  std::string text = track_ ? track_->text_at(position) : std::string();
  if (text == shown_) return std::nullopt;
  shown_ = text;
  return text;
}

}  // namespace cuepoint::window_player
