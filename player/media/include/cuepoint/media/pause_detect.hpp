// Natural pauses in a recorded lecture, for `cuepoint-author suggest`: where the
// picture changes (a new slide: libavfilter's scdet scene score) and where the
// narration stops (silencedetect). Both read the whole file once, decoding only
// the stream they need. Times are lesson times (media time minus the
// container's start time), like every time the engine speaks.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

struct SceneChange {
  Micros at = 0;        // lesson time of the first frame of the new picture
  Micros previous = 0;  // lesson time of the last frame before it (== at for the first frame)
  double score = 0.0;   // scdet's scene score, 0 (same picture) to 100
};

struct SceneDetectOptions {
  // scdet's threshold: the score from which a change is a new scene. Below scdet's
  // own default (10): a slide change on a plain background alters little of the
  // picture (the sample lessons' score 4 to 12), while still slides score 0.
  double threshold = 3.0;
};

struct Silence {
  Micros start = 0;
  Micros end = 0;            // a silence running to the end of the audio ends at its last sample
  bool reaches_end = false;  // it does
};

struct SilenceDetectOptions {
  double noise_db = -50.0;        // quieter than this (dBFS) is silence
  Micros min_duration = 500'000;  // shorter quiet spans are pauses between words, not silences
};

// Called as the scan goes: the lesson time reached and the duration (0 when unknown).
using ScanProgress = std::function<void(Micros done, Micros duration)>;

// Every scene change, in order. Throws MediaError naming the file (unreadable, no
// video stream, a decoder or filter failure).
std::vector<SceneChange> scene_detect(const std::filesystem::path& video,
                                      const SceneDetectOptions& options = {},
                                      const ScanProgress& progress = {});

// Every silence of at least options.min_duration, in order; std::nullopt when the
// file has no audio stream. Throws MediaError like scene_detect.
std::optional<std::vector<Silence>> silence_detect(const std::filesystem::path& video,
                                                   const SilenceDetectOptions& options = {},
                                                   const ScanProgress& progress = {});

}  // namespace cuepoint::media
