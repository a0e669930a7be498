// The bytes of a lesson file that a reader checks beside FFmpeg (captions compare
// FFmpeg's cues with the file's own timing lines), from a plain file or from a
// package entry ("DIR/lesson.cuepoint/captions.en.vtt"), the same way
// open_local_input reads them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace cuepoint::av {

// nullopt when there is no such regular file or entry.
std::optional<std::uint64_t> local_file_size(const std::filesystem::path& path);

// nullopt when it cannot be read (or is larger than `max_bytes`).
std::optional<std::string> read_local_file(const std::filesystem::path& path, std::uint64_t max_bytes);

}  // namespace cuepoint::av
