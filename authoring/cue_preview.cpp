#include "cue_preview.hpp"

#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/ui/player_ui.hpp"
#include "cuepoint/ui/seek_limit.hpp"

namespace cuepoint::authoring {
namespace {

// The window's View at the moment `cue` fires, built the way the window builds it: the UI
// is told where playback is and that the cue was reached, by a fresh runtime (the student's
// first visit: full attempts, earlier cues unanswered).
ui::View view_at(const lesson::Lesson& lesson, const lesson::Cue& cue, lesson::Micros duration) {
  ui::UiSettings settings;
  settings.learner.fixed = "preview";
  ui::PlayerUi ui(lesson, settings);
  runtime::LessonRuntime runtime(lesson);
  // A little after start, so a cue that does not pause shows with the control bar hidden, as it
  // would while the student watches.
  ui.handle(ui::Tick{ui::kControlsHideAfter});
  runtime.watched_until(cue.at);
  ui.handle(ui::PlaybackChanged{cue.at, duration, !cue.pause, 1.0, 1.0, false});
  ui.handle(ui::SeekLimitChanged{ui::seek_limit(runtime, cue.at, duration)});
  ui.handle(ui::CueReached{runtime.fire(cue)});
  return ui.view();
}

}  // namespace

CuePreviewer::CuePreviewer(const lesson::Lesson& lesson, const std::filesystem::path& video)
    : lesson_(lesson), playback_(media::Playback::open(video, media::PlaybackOptions{})) {}

int CuePreviewer::width() const { return playback_->info().width; }
int CuePreviewer::height() const { return playback_->info().height; }

overlay::Canvas CuePreviewer::render(const lesson::Cue& cue) {
  // The exact seek the session does; its picture is the one a stop at the cue shows.
  playback_->seek(cue.at);
  const auto shown = playback_->shown();
  if (!shown) throw media::MediaError(media::MediaError::Kind::Damaged, "no frame at cue '" + cue.id + "'");
  const media::RgbImage rgb = shown->to_rgb();
  const overlay::Canvas frame = overlay::rgb_canvas(rgb.width, rgb.height, rgb.pixels);
  const ui::View view = view_at(lesson_, cue, playback_->info().duration);
  return overlay::composite(frame, renderer_.draw(view, frame.width, frame.height));
}

}  // namespace cuepoint::authoring
