#include "audio_capture.hpp"

namespace cuepoint::media::testing {
namespace {

constexpr std::int64_t kPullFrames = 4096;

}  // namespace

std::int64_t CaptureSink::capture(std::int64_t frames) {
  std::int64_t captured = 0;
  std::vector<float> block;
  while (captured < frames) {
    const std::int64_t wanted = std::min(kPullFrames, frames - captured);
    block.resize(static_cast<std::size_t>(wanted) * format_.channels);
    const std::int64_t real = queue_.pull_waiting(block.data(), wanted);
    pulled_ += wanted;
    samples_.insert(samples_.end(), block.begin(), block.begin() + real * format_.channels);
    captured += real;
    if (real < wanted) break;
  }
  return captured;
}

std::int64_t CaptureSink::capture_all() {
  std::int64_t captured = 0;
  while (true) {
    const std::int64_t real = capture(kPullFrames);
    captured += real;
    if (real < kPullFrames) return captured;
  }
}

CapturedTrack open_captured(const std::filesystem::path& path, double rate) {
  CapturedTrack captured;
  captured.track = std::make_unique<AudioTrack>(
      path,
      [&captured](const AudioFormat& format, AudioQueue& queue) {
        auto sink = std::make_unique<CaptureSink>(format, queue);
        captured.sink = sink.get();
        return sink;
      },
      rate);
  return captured;
}

}  // namespace cuepoint::media::testing
