#include "validate_command.hpp"

#include <algorithm>
#include <iostream>

#include "cuepoint/captions/caption_track.hpp"
#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;
using lesson::Diagnostic;

Diagnostic media_error(const fs::path& file, lesson::SourceLocation where, std::string message) {
  return Diagnostic{file.string(), where.line, where.column, Diagnostic::Error, std::move(message)};
}

// Beyond what the loader checks (media inside the lesson folder, regular files, the
// video's SHA-256): the player's own code opens the video and decodes its first
// frame (a file that probes but cannot be played, or whose frames are larger than
// the player takes, fails here, not in front of a student), and every time lies
// inside its duration.
std::optional<media::MediaInfo> check_video(const loader::LoadedLesson& loaded,
                                            std::vector<Diagnostic>& diagnostics) {
  if (!loaded.video.path) return std::nullopt;
  const auto& video = loaded.lesson.video;
  std::optional<media::MediaInfo> info;
  try {
    info = media::Playback::open(*loaded.video.path, media::PlaybackOptions{})->info();
  } catch (const media::MediaError& error) {
    diagnostics.push_back(
        media_error(loaded.file, video.location, "cannot read video '" + video.src + "': " + error.what()));
    return std::nullopt;
  }
  if (info->duration > 0) {
    for (Diagnostic& diagnostic :
         lesson::check_times_within(loaded.lesson, loaded.file.string(), info->duration)) {
      diagnostics.push_back(std::move(diagnostic));
    }
  }
  return info;
}

// The player's own reader opens every captions file the loader resolved, so a file
// the window could not show (not WebVTT or SRT, a timing FFmpeg cannot read, a cue
// ending before it starts) is reported at its <captions> element.
void check_captions(const loader::LoadedLesson& loaded, std::vector<Diagnostic>& diagnostics) {
  for (std::size_t i = 0; i < loaded.captions.size() && i < loaded.lesson.captions.size(); ++i) {
    if (!loaded.captions[i].path) continue;  // the loader reported it already
    const lesson::CaptionTrack& track = loaded.lesson.captions[i];
    try {
      captions::CaptionTrack::load(*loaded.captions[i].path);
    } catch (const captions::CaptionsError& error) {
      diagnostics.push_back(media_error(loaded.file, track.location,
                                        "cannot read captions '" + track.src + "': " + error.what()));
    }
  }
}

bool validate_file(const fs::path& file) {
  loader::LoadResult load = loader::load_lesson(file);
  std::vector<Diagnostic> diagnostics = std::move(load.diagnostics);
  std::optional<media::MediaInfo> video;
  if (load.loaded) {
    video = check_video(*load.loaded, diagnostics);
    check_captions(*load.loaded, diagnostics);
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (lesson::has_errors(diagnostics)) return false;

  std::cout << file.string() << ": valid (" << load.loaded->lesson.cues.size() << " cues";
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
