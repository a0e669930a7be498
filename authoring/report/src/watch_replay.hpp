// One session's watch records replayed the way the recorder kept its xAPI
// played-segments: what was played, in order, and where the learner jumped ahead.
#pragma once

#include <vector>

#include "cuepoint/report/class_records.hpp"
#include "cuepoint/xapi/played_segments.hpp"

namespace cuepoint::report {

struct SessionWatching {
  std::vector<xapi::Segment> played;   // in the order watched, a part played twice twice
  std::vector<xapi::Segment> skipped;  // forward seeks: [from, to)
  bool completed = false;
  Micros length = 0;    // from `initialized`, 0 when not recorded
  Micros furthest = 0;  // the furthest position any record names
};

// `events`: one session's records in the order they happened.
SessionWatching replay_session(const std::vector<const WatchEvent*>& events);

}  // namespace cuepoint::report
