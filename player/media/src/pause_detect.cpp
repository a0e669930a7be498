#include "cuepoint/media/pause_detect.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "filtered_decode.hpp"
#include "media_input.hpp"

extern "C" {
#include <libavutil/dict.h>
}

namespace cuepoint::media {
namespace {

// Filter option values in the C locale's spelling.
std::string option_number(double value) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.6g", value);
  return text.data();
}

std::optional<double> metadata_number(const AVFrame& frame, const char* key) {
  const AVDictionaryEntry* entry = av_dict_get(frame.metadata, key, nullptr, 0);
  if (entry == nullptr || entry->value == nullptr) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(entry->value, &end);
  if (end == entry->value || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::vector<SceneChange> scene_detect(const std::filesystem::path& video, const SceneDetectOptions& options,
                                      const ScanProgress& progress) {
  const auto format = open_local_media(video);
  const auto stream = find_video_stream(*format, video);
  std::vector<SceneChange> changes;
  std::optional<Micros> previous;
  decode_through_filters(
      video, *format, stream, "scdet=threshold=" + option_number(options.threshold),
      [&](const FilteredFrame& filtered) {
        // scdet marks a frame whose score reaches the threshold with lavfi.scd.time.
        if (previous && av_dict_get(filtered.frame.metadata, "lavfi.scd.time", nullptr, 0) != nullptr) {
          changes.push_back(
              {filtered.at, *previous, metadata_number(filtered.frame, "lavfi.scd.score").value_or(0.0)});
        }
        previous = filtered.at;
      },
      progress);
  return changes;
}

std::optional<std::vector<Silence>> silence_detect(const std::filesystem::path& video,
                                                   const SilenceDetectOptions& options,
                                                   const ScanProgress& progress) {
  const auto format = open_local_media(video);
  const auto stream = find_audio_stream(*format);
  if (stream.index < 0) return std::nullopt;
  const Micros start_time = container_start_time(*format);
  // silencedetect's times are the stream's timestamps in seconds, before the container start is taken off.
  const auto lesson_time = [start_time](double seconds) { return std::llround(seconds * 1e6) - start_time; };
  std::vector<Silence> silences;
  std::optional<Micros> open_start;
  Micros audio_end = 0;
  decode_through_filters(
      video, *format, stream,
      "silencedetect=noise=" + option_number(options.noise_db) +
          "dB:duration=" + option_number(static_cast<double>(options.min_duration) / 1e6),
      [&](const FilteredFrame& filtered) {
        if (const auto start = metadata_number(filtered.frame, "lavfi.silence_start"))
          open_start = lesson_time(*start);
        if (const auto end = metadata_number(filtered.frame, "lavfi.silence_end"); end && open_start) {
          silences.push_back({*open_start, lesson_time(*end), false});
          open_start.reset();
        }
        if (filtered.frame.sample_rate > 0) {
          audio_end = std::max(audio_end, filtered.at + std::int64_t{filtered.frame.nb_samples} * 1'000'000 /
                                                            filtered.frame.sample_rate);
        }
      },
      progress);
  if (open_start && audio_end > *open_start) silences.push_back({*open_start, audio_end, true});
  return silences;
}

}  // namespace cuepoint::media
