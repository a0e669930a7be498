// How the authoring commands describe a video in words: "h264, 160x120, 25 fps".
#pragma once

#include <cstdint>
#include <string>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::authoring {

std::string describe_video(const media::MediaInfo& info);
std::string describe_audio(const media::MediaInfo& info);  // "aac, 44100 Hz, 2 channels" or "none"
std::string describe_size(std::uintmax_t bytes);           // "1.2 MiB (1234567 bytes)"
std::string describe_seconds(media::Micros micros);        // "6.0 s"

}  // namespace cuepoint::authoring
