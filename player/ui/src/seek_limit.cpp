#include "cuepoint/ui/seek_limit.hpp"

namespace cuepoint::ui {

std::optional<SeekLimit> seek_limit(const runtime::LessonRuntime& runtime, Micros position, Micros duration) {
  const auto& lesson = runtime.lesson();
  if (lesson.settings.allow_skip_ahead) return std::nullopt;
  // The runtime owns the rule; the limit is where a seek to the very end would land.
  SeekLimit limit{runtime.allowed_seek_target(position, duration), nullptr};
  for (const auto& cue : lesson.cues) {
    const bool blocks =
        cue.required && lesson::takes_response(cue.question.type) && !runtime.progress(cue).completed;
    if (blocks && cue.at == limit.at) {
      limit.blocking_cue = &cue;
      break;
    }
  }
  return limit;
}

}  // namespace cuepoint::ui
