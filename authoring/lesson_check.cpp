#include "lesson_check.hpp"

#include <algorithm>

#include "command_support.hpp"
#include "cuepoint/captions/caption_track.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/lesson/validator.hpp"

namespace cuepoint::authoring {
namespace {

using lesson::Diagnostic;

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
    diagnostics.push_back(Diagnostic{loaded.file.string(), video.location.line, video.location.column,
                                     Diagnostic::Error,
                                     "cannot read video '" + video.src + "': " + error.what()});
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
      diagnostics.push_back(Diagnostic{loaded.file.string(), track.location.line, track.location.column,
                                       Diagnostic::Error,
                                       "cannot read captions '" + track.src + "': " + error.what()});
    }
  }
}

}  // namespace

LessonCheck check_lesson(const std::filesystem::path& path) {
  loader::LoadResult load = [&path] {
    // Checking the video's SHA-256 reads all of it: seconds for a long lecture.
    auto bar = cli::ProgressBar::on_stderr("MiB of video hashed");
    return loader::load_lesson(path, hash_progress(bar));
  }();
  LessonCheck check;
  check.diagnostics = std::move(load.diagnostics);
  if (load.loaded) {
    check.video = check_video(*load.loaded, check.diagnostics);
    check_captions(*load.loaded, check.diagnostics);
  }
  check.loaded = std::move(load.loaded);
  std::stable_sort(check.diagnostics.begin(), check.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  return check;
}

}  // namespace cuepoint::authoring
