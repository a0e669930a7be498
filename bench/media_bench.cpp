// cuepoint-bench-media: measures the media engine through the public Playback API.
//   first-frame <clip>      open and show the first frame, then exit (the script
//                           times the whole process: cold start to first frame)
//   decode <clip>           untimed playback of every frame to EndOfMedia
//   seek <clip> [n] [seed]  n exact seeks to random times; latency p50/p99
//   av <clip> [rate]        realtime playback to the end at `rate` (default 1), audio as
//                           master clock (Null output); frames dropped, A/V offset p50/p99
// Prints one line of key=value pairs, plus peak RSS from getrusage.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "cuepoint/media/playback.hpp"

namespace {

using cuepoint::media::Micros;
using cuepoint::media::Playback;
using cuepoint::media::PlaybackEvent;
using cuepoint::media::PlaybackOptions;
using WallClock = std::chrono::steady_clock;

double seconds_since(WallClock::time_point start) {
  return std::chrono::duration<double>(WallClock::now() - start).count();
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

double percentile(std::vector<double> samples, double p) {
  std::sort(samples.begin(), samples.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

int first_frame(const std::string& clip) {
  const auto start = WallClock::now();
  const auto playback = Playback::open(clip, PlaybackOptions{});
  if (!playback->shown()) throw std::runtime_error("no first frame");
  std::printf("open_to_first_frame_s=%.4f peak_rss_kib=%ld\n", seconds_since(start), peak_rss_kib());
  return 0;
}

int decode(const std::string& clip) {
  const auto start = WallClock::now();
  const auto playback = Playback::open(clip, PlaybackOptions{});
  playback->play();
  while (playback->update().kind != PlaybackEvent::Kind::EndOfMedia) {
  }
  const double elapsed = seconds_since(start);
  const auto stats = playback->stats();
  std::printf("decode_s=%.3f frames_shown=%lld fps=%.1f peak_rss_kib=%ld\n", elapsed,
              static_cast<long long>(stats.frames_shown), static_cast<double>(stats.frames_shown) / elapsed,
              peak_rss_kib());
  return 0;
}

int seek(const std::string& clip, int count, unsigned seed) {
  const auto playback = Playback::open(clip, PlaybackOptions{});
  const Micros duration = playback->info().duration;
  std::mt19937_64 random(seed);
  std::uniform_int_distribution<Micros> when(0, duration > 0 ? duration - 1 : 0);
  std::vector<double> latencies_ms;
  for (int i = 0; i < count; ++i) {
    const Micros t = when(random);
    const auto start = WallClock::now();
    playback->seek(t);
    latencies_ms.push_back(seconds_since(start) * 1000.0);
    if (playback->shown()->lesson_time() > t) throw std::runtime_error("seek showed a later frame");
  }
  std::printf(
      "seeks=%d seek_p50_ms=%.1f seek_p99_ms=%.1f seek_max_ms=%.1f frames_decoded_per_seek=%.1f "
      "peak_rss_kib=%ld\n",
      count, percentile(latencies_ms, 50), percentile(latencies_ms, 99),
      *std::max_element(latencies_ms.begin(), latencies_ms.end()),
      static_cast<double>(playback->stats().frames_decoded) / count, peak_rss_kib());
  return 0;
}

int audio_video(const std::string& clip, double rate) {
  PlaybackOptions options;
  options.rate = rate;
  options.clock = cuepoint::media::ClockMode::Realtime;
  options.audio = cuepoint::media::AudioOutput::Null;
  const auto start = WallClock::now();
  const auto playback = Playback::open(clip, options);
  playback->play();
  while (playback->update(20'000).kind != PlaybackEvent::Kind::EndOfMedia) {
  }
  const auto stats = playback->stats();
  std::printf(
      "realtime_s=%.2f frames_shown=%lld frames_dropped=%lld av_offset_p50_ms=%.1f av_offset_p99_ms=%.1f "
      "peak_rss_kib=%ld\n",
      seconds_since(start), static_cast<long long>(stats.frames_shown),
      static_cast<long long>(stats.frames_dropped), stats.av_offset_p50_ms, stats.av_offset_p99_ms,
      peak_rss_kib());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: cuepoint-bench-media first-frame|decode|seek|av <clip> [seeks] [seed] | av <clip> "
                 "[rate]\n";
    return 2;
  }
  const std::string mode = argv[1];
  const std::string clip = argv[2];
  try {
    if (mode == "first-frame") return first_frame(clip);
    if (mode == "decode") return decode(clip);
    if (mode == "av") return audio_video(clip, argc > 3 ? std::atof(argv[3]) : 1.0);
    if (mode == "seek") {
      return seek(clip, argc > 3 ? std::atoi(argv[3]) : 200,
                  argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 1);
    }
    std::cerr << "unknown mode '" << mode << "'\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "cuepoint-bench-media: " << error.what() << "\n";
    return 1;
  }
}
