// One cue as the student meets it: the exact frame the player pauses on (the media engine's
// exact seek, whose frame is the stop frame: the last one at or before the cue) with the
// window's overlay for that moment drawn over it by the window's own renderer, offscreen.
#pragma once

#include <filesystem>
#include <memory>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/overlay/overlay_renderer.hpp"

namespace cuepoint::authoring {

class CuePreviewer {
 public:
  // Opens the lesson's video (throws media::MediaError naming it). `lesson` must outlive this.
  CuePreviewer(const lesson::Lesson& lesson, const std::filesystem::path& video);

  int width() const;  // of the video, which is the size the overlay is drawn for
  int height() const;
  // The frame at `cue` with the question card (or, for a cue that does not pause, the note at
  // the edge) as the window shows it in a window of the video's size.
  overlay::Canvas render(const lesson::Cue& cue);

 private:
  const lesson::Lesson& lesson_;
  std::unique_ptr<media::Playback> playback_;
  overlay::OverlayRenderer renderer_;
};

}  // namespace cuepoint::authoring
