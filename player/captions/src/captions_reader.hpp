// Reading a captions file's cues through FFmpeg (libavformat's webvtt/srt demuxers,
// libavcodec's subtitle decoders), with the bounds and checks CaptionTrack::load names.
#pragma once

#include <filesystem>
#include <vector>

#include "cuepoint/captions/caption_track.hpp"

namespace cuepoint::captions {

// The file's cues in the order FFmpeg gives them, each with text and an end after
// its start. Throws CaptionsError.
std::vector<CaptionCue> read_captions_file(const std::filesystem::path& file);

}  // namespace cuepoint::captions
