// Opening an untrusted local file for demuxing: the one place that says which
// FFmpeg protocols, demuxers and options a lesson's files may use.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/av/handles.hpp"

namespace cuepoint::av {

// The demuxers of real media containers (and the audio files the engine's tests
// play). Not hls, concat, image2 and the like: those read other files or URLs that
// a playlist names, so a "video.mp4" that is really a playlist could read files
// outside the lesson (or the network).
inline constexpr const char* kMediaDemuxers =
    "mov,matroska,webm,avi,mpegts,mpeg,flv,ogg,asf,nut,mxf,ivf,wav,mp3,flac";

struct LocalInputOptions {
  // Comma-separated demuxer names FFmpeg may use ("webvtt,srt").
  std::string format_whitelist = kMediaDemuxers;
};

// The outcome of open_local_input. Each library words a failure in its own error
// kind (MediaError, CaptionsError), so this reports instead of throwing.
struct LocalInput {
  FormatContextPtr format;    // the header read; null when refused or not opened
  std::string problem;        // why not, e.g. "no such file", "not a regular file"
  bool unrecognised = false;  // no demuxer recognised the content
};

// Lessons are untrusted, so only the `file` protocol is allowed: a path with a
// protocol prefix (http:, concat:, subfile:, even file:) is refused, so are
// missing files and anything that is not a regular file, and nested opens are
// limited to local files. Content that FFmpeg recognises as a demuxer outside the
// whitelist (an HLS playlist, an ffconcat list, an image) is refused, naming what
// it is. A path inside a package ("DIR/lesson.cuepoint/lecture.mp4") is read in
// place: FFmpeg reads the stored entry's byte range through a custom AVIOContext
// and may open nothing else. Reads the header only (no avformat_find_stream_info).
LocalInput open_local_input(const std::filesystem::path& path, const LocalInputOptions& options = {});

}  // namespace cuepoint::av
