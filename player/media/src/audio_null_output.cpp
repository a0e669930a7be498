#include "audio_null_output.hpp"

#include <algorithm>
#include <vector>

namespace cuepoint::media {
namespace {

using namespace std::chrono_literals;

constexpr auto kTick = 5ms;
// Pulled ahead of the heard position, like a device buffer, so the producer has
// slack; it is subtracted back out in frames_heard().
constexpr auto kLead = 20ms;
// After a stall longer than this (a busy machine), pacing restarts from now
// instead of bursting through the backlog — a device would have underrun too.
constexpr auto kMaxBacklog = 200ms;

}  // namespace

NullAudioSink::NullAudioSink(const AudioFormat& format, AudioQueue& queue)
    : format_(format), queue_(queue), origin_(std::chrono::steady_clock::now()) {
  thread_ = std::jthread([this](const std::stop_token& stop) { consume(stop); });
}

NullAudioSink::~NullAudioSink() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
}

std::int64_t NullAudioSink::frames_due(std::chrono::steady_clock::time_point now) const {
  const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(now - origin_.load());
  return elapsed.count() * format_.sample_rate / kMicrosPerSecond;
}

std::int64_t NullAudioSink::frames_heard() const {
  return std::min(pulled_.load(), frames_due(std::chrono::steady_clock::now()));
}

void NullAudioSink::consume(const std::stop_token& stop) {
  std::vector<float> scratch;
  const std::int64_t lead = std::chrono::duration_cast<std::chrono::microseconds>(kLead).count() *
                            format_.sample_rate / kMicrosPerSecond;
  const std::int64_t max_backlog =
      std::chrono::duration_cast<std::chrono::microseconds>(kMaxBacklog).count() * format_.sample_rate /
      kMicrosPerSecond;
  while (!stop.stop_requested()) {
    const auto now = std::chrono::steady_clock::now();
    std::int64_t due = frames_due(now);
    if (due - pulled_.load() > max_backlog) {
      // Shift the origin so that exactly what was pulled counts as heard now.
      origin_.store(now - std::chrono::microseconds(pulled_.load() * kMicrosPerSecond / format_.sample_rate));
      due = frames_due(now);
    }
    const std::int64_t wanted = due + lead - pulled_.load();
    if (wanted > 0) {
      scratch.resize(static_cast<std::size_t>(wanted) * format_.channels);
      queue_.pull(scratch.data(), wanted);
      pulled_.fetch_add(wanted);
    }
    std::this_thread::sleep_for(kTick);
  }
}

}  // namespace cuepoint::media
