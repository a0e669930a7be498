// The one way to open a lesson, shared by the player (headless today, the window
// later) and `cuepoint-author validate`: finds the lesson XML, parses and validates
// it, resolves every media reference to its real path (symlinks followed) and
// refuses one that lies outside the lesson folder's real path or is not a regular
// file, and checks the video's SHA-256 when the lesson gives one (hashed once per
// load). Nothing is printed here: problems are Diagnostics (FILE:LINE:COL) for the
// caller to show.
//
// Sources: a lesson folder, a lesson XML file in one, or a `.cuepoint` package
// (docs/package.md): that fills the same LoadedLesson, with `folder` the package's
// real path and media paths that point into it ("DIR/x.cuepoint/lecture.mp4"),
// which cuepoint_av reads in place; the package's every hash is checked here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::loader {

enum class MediaKind { Video, Captions };

// One media file a lesson names (<video src>, <captions src>).
struct MediaReference {
  MediaKind kind = MediaKind::Video;
  std::string src;                            // as written in the lesson
  std::filesystem::path named;                // the lesson's folder / src, as the user named it (messages)
  std::optional<std::filesystem::path> path;  // the real path; nullopt when refused
  lesson::SourceLocation location;            // of the element that names it
};

struct LoadedLesson {
  lesson::Lesson lesson;
  std::filesystem::path file;    // the lesson XML, as named by the caller
  std::filesystem::path folder;  // the real path of the lesson folder
  std::string sha256;            // of the lesson XML bytes: which exact content was answered
  MediaReference video;
  std::vector<MediaReference> captions;  // in the order of lesson.captions
};

struct LoadResult {
  // Present when the lesson XML parsed; its media may still have errors (below).
  std::optional<LoadedLesson> loaded;
  std::vector<lesson::Diagnostic> diagnostics;  // parse errors first, then media, in lesson order
  // Parsed and no error at all: every media reference has a real path and the video's hash matches.
  bool ok() const;
};

// `path` is a lesson XML file, a folder holding `lesson.xml`, or a `.cuepoint` package.
LoadResult load_lesson(const std::filesystem::path& path);

// The same, reporting the progress of hashing the video (bytes done, file size):
// seconds for a large video, worth a progress bar on a terminal.
using DigestProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;
LoadResult load_lesson(const std::filesystem::path& path, const DigestProgress& video_digest_progress);

// The cheap part of load_lesson, for listing many lessons (the window's library): the
// same parse, media resolution and package entry, size and manifest checks, but no
// file is hashed (no video SHA-256, no package hashes), so a folder of lessons lists
// in milliseconds. What to play still goes through load_lesson.
LoadResult scan_lesson(const std::filesystem::path& path);

}  // namespace cuepoint::loader
