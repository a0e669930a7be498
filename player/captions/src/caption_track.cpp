#include <algorithm>
#include <limits>
#include <stdexcept>

#include "captions_reader.hpp"
#include "cuepoint/captions/caption_track.hpp"
#include "cuepoint/lesson/time.hpp"

namespace cuepoint::captions {
namespace {

constexpr lesson::Micros kNoEnd = std::numeric_limits<lesson::Micros>::min();

// Appends, in index order, every cue below `limit` (those that start at or before t)
// whose end is after t. A node whose latest end is at or before t holds no active
// cue, so only the paths to active cues are walked: O(log n) per active cue.
void collect_active(const std::vector<lesson::Micros>& max_end, std::size_t node, std::size_t first,
                    std::size_t last, std::size_t limit, lesson::Micros t, std::vector<std::size_t>& out) {
  if (first >= limit || max_end[node] <= t) return;
  if (last - first == 1) {
    out.push_back(first);
    return;
  }
  const std::size_t middle = first + (last - first) / 2;
  collect_active(max_end, 2 * node, first, middle, limit, t, out);
  collect_active(max_end, 2 * node + 1, middle, last, limit, t, out);
}

}  // namespace

CaptionTrack CaptionTrack::load(const std::filesystem::path& file) {
  return CaptionTrack(read_captions_file(file));
}

CaptionTrack::CaptionTrack(std::vector<CaptionCue> cues) : cues_(std::move(cues)) {
  for (const CaptionCue& cue : cues_) {
    if (cue.end <= cue.start) {
      throw std::invalid_argument("caption cue at " + lesson::format_time(cue.start) + " ends at " +
                                  lesson::format_time(cue.end) + ", not after it starts");
    }
  }
  std::stable_sort(cues_.begin(), cues_.end(),
                   [](const CaptionCue& a, const CaptionCue& b) { return a.start < b.start; });
  starts_.reserve(cues_.size());
  for (const CaptionCue& cue : cues_) starts_.push_back(cue.start);
  leaves_ = 1;
  while (leaves_ < cues_.size()) leaves_ *= 2;
  max_end_.assign(2 * leaves_, kNoEnd);
  for (std::size_t i = 0; i < cues_.size(); ++i) max_end_[leaves_ + i] = cues_[i].end;
  for (std::size_t node = leaves_ - 1; node >= 1; --node) {
    max_end_[node] = std::max(max_end_[2 * node], max_end_[2 * node + 1]);
  }
}

std::string CaptionTrack::text_at(lesson::Micros t) const {
  const auto limit =
      static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), t) - starts_.begin());
  std::vector<std::size_t> active;
  collect_active(max_end_, 1, 0, leaves_, limit, t, active);
  std::string text;
  for (const std::size_t index : active) {
    if (!text.empty()) text += '\n';
    text += cues_[index].text;
  }
  return text;
}

}  // namespace cuepoint::captions
