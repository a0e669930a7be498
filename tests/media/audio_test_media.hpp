// Audio clips for the audio track's tests, generated on first use with the ffmpeg
// CLI into the build tree (never committed).
#pragma once

#include <filesystem>

namespace cuepoint::media::testing {

// 4 s of seeded white noise, stereo 44.1 kHz PCM: no two offsets look alike, so a
// sample-exact comparison proves the offset.
std::filesystem::path noise_wav();
// The same kind of noise as AAC in MP4 (priming samples, edit list).
std::filesystem::path noise_m4a();
// AAC in MPEG-TS: the container starts at 1.4 s, so lesson time != media time.
std::filesystem::path noise_ts();
// 4 s of a 440 Hz sine, mono 44.1 kHz PCM, amplitude 1/8: for pitch and volume.
std::filesystem::path sine_wav();
// Video from 0 s, a 440 Hz sine from 0.5 s to 2 s (PCM in Matroska): the audio
// stream starts after the container does.
std::filesystem::path late_audio();
// Video only.
std::filesystem::path silent_video();
// The MPEG-TS clip cut off mid-packet at about 60 %.
std::filesystem::path truncated_ts();

}  // namespace cuepoint::media::testing
