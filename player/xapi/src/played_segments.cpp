#include "cuepoint/xapi/played_segments.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace cuepoint::xapi {

void PlayedSegments::play(lesson::Micros at) {
  if (!open_start_) open_start_ = at;
}

void PlayedSegments::stop(lesson::Micros at) {
  if (!open_start_) return;
  // A stop before the start (clock glitch) still records the span it names.
  const auto start = std::min(*open_start_, at);
  const auto end = std::max(*open_start_, at);
  if (end > start) closed_.push_back({start, end});
  open_start_.reset();
}

void PlayedSegments::seek(lesson::Micros from, lesson::Micros to) {
  if (!open_start_) return;
  stop(from);
  play(to);
}

std::vector<Segment> PlayedSegments::segments() const {
  auto sorted = closed_;
  std::sort(sorted.begin(), sorted.end(),
            [](const Segment& a, const Segment& b) { return a.start < b.start; });
  std::vector<Segment> merged;
  for (const auto& segment : sorted) {
    if (!merged.empty() && segment.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, segment.end);
    } else {
      merged.push_back(segment);
    }
  }
  return merged;
}

lesson::Micros PlayedSegments::covered() const {
  lesson::Micros total = 0;
  for (const auto& segment : segments()) total += segment.end - segment.start;
  return total;
}

double PlayedSegments::progress(lesson::Micros length) const {
  if (length <= 0) return 0.0;
  const double fraction = std::min(1.0, static_cast<double>(covered()) / static_cast<double>(length));
  return std::round(fraction * 1000.0) / 1000.0;
}

std::string PlayedSegments::format() const {
  std::string text;
  std::array<char, 64> buffer{};
  for (const auto& segment : segments()) {
    if (!text.empty()) text += "[,]";
    std::snprintf(buffer.data(), buffer.size(), "%.3f[.]%.3f", static_cast<double>(segment.start) / 1e6,
                  static_cast<double>(segment.end) / 1e6);
    text += buffer.data();
  }
  return text;
}

}  // namespace cuepoint::xapi
