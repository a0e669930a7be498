#include "watch_replay.hpp"

#include <algorithm>

namespace cuepoint::report {

using store::WatchKind;

SessionWatching replay_session(const std::vector<const WatchEvent*>& events) {
  SessionWatching watching;
  xapi::PlayedSegments segments;
  for (const auto* event : events) {
    const Micros from = event->from_us.value_or(0);
    if (event->kind != WatchKind::Initialized) watching.furthest = std::max(watching.furthest, from);
    switch (event->kind) {
      case WatchKind::Initialized:
        watching.length = std::max(watching.length, event->to_us.value_or(0));
        break;
      case WatchKind::Played:
        segments.play(from);
        break;
      case WatchKind::Paused:
      case WatchKind::Terminated:
        segments.stop(from);
        break;
      case WatchKind::Completed:
        segments.stop(from);
        watching.completed = true;
        break;
      case WatchKind::Seeked: {
        const Micros to = event->to_us.value_or(from);
        watching.furthest = std::max(watching.furthest, to);
        if (to > from) watching.skipped.push_back({from, to});
        segments.seek(from, to);
        break;
      }
      case WatchKind::RateChanged:
      case WatchKind::Captions:
        break;
    }
  }
  watching.played = segments.watched();
  return watching;
}

}  // namespace cuepoint::report
