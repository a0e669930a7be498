#include "probe_command.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <system_error>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/keyframes.hpp"
#include "cuepoint/media/playback.hpp"
#include "media_summary.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

bool names_a_lesson(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error) || path.extension() == ".xml";
}

// The lesson's video, as the player would open it.
fs::path video_of_lesson(const fs::path& lesson) {
  const loader::LoadResult load = loader::load_lesson(lesson);
  if (!load.loaded || !load.loaded->video.path) {
    for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << '\n';
    throw AuthoringError(lesson.string() + ": no video to probe (see above)");
  }
  return *load.loaded->video.path;
}

void run_probe(const std::string& argument) {
  const fs::path path = argument;
  std::error_code error;
  if (!fs::exists(path, error)) throw AuthoringError(argument + ": no such file");
  const fs::path video = names_a_lesson(path) ? video_of_lesson(path) : path;
  // Opening for playback decodes the first frame: what plays, not only what probes.
  const media::MediaInfo info = media::Playback::open(video, media::PlaybackOptions{})->info();
  const media::KeyframeSpacing keyframes = media::measure_keyframes(video);

  std::cout << video.string() << '\n'
            << "  container:  " << info.container << '\n'
            << "  duration:   " << lesson::format_time(info.duration) << " (lesson time)\n";
  if (info.start_time != 0) {
    std::cout << "  start:      the container starts at " << describe_seconds(info.start_time)
              << " of media time: lesson time 0 is its first frame\n";
  }
  std::cout << "  size:       " << describe_size(fs::file_size(video)) << '\n'
            << "  video:      " << describe_video(info) << '\n'
            << "  audio:      " << describe_audio(info) << '\n'
            << "  keyframes:  " << keyframes.keyframes << " in " << keyframes.frames << " frames";
  if (keyframes.keyframes > 0) {
    std::cout << ", every " << describe_seconds(keyframes.mean_interval) << " on average, at most "
              << describe_seconds(keyframes.longest_interval) << " (" << keyframes.longest_gop_frames
              << " frames) apart";
  }
  std::cout << '\n';
  if (keyframes.longest_interval > kSlowSeekKeyframeInterval) {
    std::cerr
        << "cuepoint-author probe: warning: keyframes are up to "
        << describe_seconds(keyframes.longest_interval)
        << " apart: every exact seek (a rewatch after a wrong answer, a learner's seek) decodes from the "
           "keyframe before it, up to that much video, which is slow on cheap devices; re-encode with a "
           "keyframe every 2 s (ffmpeg -i IN -c:v libx264 -g 50 -keyint_min 50 ... for 25 fps)\n";
  }
}

}  // namespace

void add_probe_command(CLI::App& app, int& exit_code) {
  auto argument = std::make_shared<std::string>();
  CLI::App& probe = *app.add_subcommand("probe", "Show what the player's media engine sees in a video");
  probe.add_option("VIDEO|LESSON", *argument, "a video file, or a lesson (its video is probed)")->required();
  probe.footer(
      "Examples: cuepoint-author probe lecture.mp4\n"
      "          cuepoint-author probe samples/intro-fractions/lesson.xml\n"
      "Warns when keyframes are more than 5 s apart (slow seeks). Exit status: 0 shown; 1 not a\n"
      "playable video or no such file; 2 usage error.");
  probe.callback(
      [argument, &exit_code] { exit_code = run_reporting("probe", [&] { run_probe(*argument); }); });
}

}  // namespace cuepoint::authoring
