#include "validate_command.hpp"

#include <algorithm>
#include <iostream>

#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;
using lesson::Diagnostic;

Diagnostic media_error(const fs::path& file, lesson::SourceLocation where, std::string message) {
  return Diagnostic{file.string(), where.line, where.column, Diagnostic::Error, std::move(message)};
}

struct MediaCheck {
  std::vector<Diagnostic> diagnostics;
  std::optional<media::MediaInfo> video;
};

// The files a lesson refers to: captions and video exist, the video's SHA-256 matches
// when given, the video's first frame decodes, and every time lies inside its duration. Media
// paths in a lesson are relative to the lesson file.
MediaCheck check_media(const fs::path& file, const lesson::Lesson& lesson) {
  MediaCheck check;
  const fs::path base = file.parent_path();
  for (const lesson::CaptionTrack& track : lesson.captions) {
    const fs::path path = base / track.src;
    if (!fs::is_regular_file(path)) {
      check.diagnostics.push_back(
          media_error(file, track.location,
                      "captions file '" + track.src + "' not found (looked for " + path.string() + ")"));
    }
  }
  const fs::path video_path = base / lesson.video.src;
  if (!fs::is_regular_file(video_path)) {
    check.diagnostics.push_back(media_error(
        file, lesson.video.location,
        "video file '" + lesson.video.src + "' not found (looked for " + video_path.string() + ")"));
    return check;
  }
  if (!lesson.video.sha256.empty()) {
    try {
      const std::string actual = integrity::sha256_of_file(video_path);
      if (actual != lesson.video.sha256) {
        check.diagnostics.push_back(media_error(file, lesson.video.location,
                                                "video file '" + lesson.video.src + "' has SHA-256 " +
                                                    actual + ", but the lesson expects " +
                                                    lesson.video.sha256));
      }
    } catch (const integrity::DigestError& error) {
      check.diagnostics.push_back(media_error(file, lesson.video.location, error.what()));
    }
  }
  try {
    // Opening a Playback decodes the first frame with the player's own code: a file
    // that probes but cannot be played (an undecodable stream, frames larger than the
    // player takes) fails here, not in front of a student.
    check.video = media::Playback::open(video_path, media::PlaybackOptions{})->info();
  } catch (const media::MediaError& error) {
    check.diagnostics.push_back(media_error(file, lesson.video.location,
                                            "cannot read video '" + lesson.video.src + "': " + error.what()));
    return check;
  }
  if (check.video->duration > 0) {
    for (Diagnostic& diagnostic : lesson::check_times_within(lesson, file.string(), check.video->duration)) {
      check.diagnostics.push_back(std::move(diagnostic));
    }
  }
  return check;
}

bool validate_file(const fs::path& file) {
  lesson::ParseResult parsed = lesson::parse_lesson_file(file);
  std::vector<Diagnostic> diagnostics = std::move(parsed.diagnostics);
  std::optional<media::MediaInfo> video;
  if (parsed.lesson) {
    MediaCheck media = check_media(file, *parsed.lesson);
    diagnostics.insert(diagnostics.end(), media.diagnostics.begin(), media.diagnostics.end());
    video = media.video;
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (lesson::has_errors(diagnostics)) return false;

  std::cout << file.string() << ": valid (" << parsed.lesson->cues.size() << " cues";
  if (video && video->duration > 0) std::cout << ", video " << lesson::format_time(video->duration);
  std::cout << ")\n";
  return true;
}

}  // namespace

CLI::App& add_validate_command(CLI::App& app, ValidateOptions& options) {
  CLI::App& command = *app.add_subcommand("validate", "Check lesson files and the media they refer to");
  command.add_option("FILE", options.files, "Lesson XML files")->required();
  return command;
}

int run_validate(const ValidateOptions& options) {
  bool all_valid = true;
  for (const fs::path& file : options.files) {
    // Each file is checked even after a failure, so one run reports everything.
    all_valid = validate_file(file) && all_valid;
  }
  return all_valid ? 0 : 1;
}

}  // namespace cuepoint::authoring
