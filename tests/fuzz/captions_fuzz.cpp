// A captions file as the player reads it (CaptionTrack::load through FFmpeg's
// WebVTT and SRT demuxers and decoders): never a crash; a bad file is a
// CaptionsError; a loaded track's cues are sorted, non-empty, end after they start,
// and text_at finds each cue at its start.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cuepoint/captions/caption_track.hpp"
#include "fuzz_check.hpp"
#include "scratch_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using cuepoint::fuzz::check;
  // The first byte picks the file name's extension; the demuxer probes the content either way.
  const std::string extension = size > 0 && (data[0] & 1) ? ".srt" : ".vtt";
  const auto file = cuepoint::fuzz::write_scratch_file("captions" + extension, data, size);
  try {
    const auto track = cuepoint::captions::CaptionTrack::load(file);
    const auto& cues = track.cues();
    check(!cues.empty(), "a loaded track has cues");
    for (std::size_t i = 0; i < cues.size(); ++i) {
      check(!cues[i].text.empty(), "a cue's text is never empty");
      check(cues[i].end > cues[i].start, "a cue ends after it starts");
      if (i > 0) check(cues[i - 1].start <= cues[i].start, "cues are in start order");
      check(track.text_at(cues[i].start).find(cues[i].text) != std::string::npos, "text_at shows the cue");
    }
  } catch (const cuepoint::captions::CaptionsError&) {
  }
  return 0;
}
