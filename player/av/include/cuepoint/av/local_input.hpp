// Opening an untrusted local file for demuxing: the one place that says which
// FFmpeg protocols and options a lesson's files may use.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/av/handles.hpp"

namespace cuepoint::av {

struct LocalInputOptions {
  // Comma-separated demuxer names FFmpeg may probe ("webvtt,srt"); empty: any demuxer.
  std::string format_whitelist;
};

// The outcome of open_local_input. Each library words a failure in its own error
// kind (MediaError, CaptionsError), so this reports instead of throwing.
struct LocalInput {
  FormatContextPtr format;    // the header read; null when refused or not opened
  std::string problem;        // why not, e.g. "no such file", "not a regular file"
  bool unrecognised = false;  // no allowed demuxer recognised the content
};

// Lessons are untrusted, so only the `file` protocol is allowed: a path with a
// protocol prefix (http:, concat:, subfile:, even file:) is refused, so are
// missing files and anything that is not a regular file, and nested opens are
// limited to local files. Reads the header only (no avformat_find_stream_info).
LocalInput open_local_input(const std::filesystem::path& path, const LocalInputOptions& options = {});

}  // namespace cuepoint::av
