#include "new_command.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <system_error>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "cuepoint/media/playback.hpp"
#include "lesson_edit.hpp"
#include "media_summary.hpp"
#include "pending_file.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

struct NewArguments {
  std::string video;
  std::string output;
  std::string title;
  std::string id;
  std::string lang;
  bool force = false;
};

// A lesson id from the video's name: "Week 3 - Fractions.mp4" -> "Week-3---Fractions".
std::string id_from(const std::string& stem) {
  std::string id;
  for (const char c : stem) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         c == '.' || c == '_' || c == '-';
    id += allowed ? c : '-';
  }
  while (!id.empty() && !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z') ||
                          (id[0] >= '0' && id[0] <= '9'))) {
    id.erase(0, 1);
  }
  if (id.size() > 64) id.resize(64);
  return id.empty() ? "lesson" : id;
}

std::string hash_with_progress(const fs::path& video) {
  auto bar = cli::ProgressBar::on_stderr("MiB hashed");
  return integrity::sha256_of_file(video, hash_progress(bar));
}

void run_new(const CLI::App& command, const NewArguments& arguments) {
  const std::string name = "new";
  const fs::path video = arguments.video;
  std::error_code error;
  if (!fs::exists(video, error)) throw AuthoringError(video.string() + ": no such video file");
  if (!fs::is_regular_file(video, error)) throw AuthoringError(video.string() + ": not a regular file");
  if (command.count("--id") > 0 && !lesson::is_valid_id(arguments.id)) {
    usage_error(name, "--id " + arguments.id +
                          ": not an id (1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit)");
  }
  fs::path lesson_file =
      arguments.output.empty() ? video.parent_path() / "lesson.xml" : fs::path(arguments.output);
  if (fs::is_directory(lesson_file, error)) lesson_file /= "lesson.xml";
  if (fs::exists(lesson_file, error) && !arguments.force) {
    throw AuthoringError(lesson_file.string() + " already exists (--force replaces it)");
  }
  if (auto why = why_not_replaceable(lesson_file))
    throw AuthoringError("cannot write " + lesson_file.string() + ": " + *why);

  // A lesson may only name files inside its folder.
  const fs::path folder =
      fs::weakly_canonical(lesson_file.parent_path().empty() ? "." : lesson_file.parent_path());
  const fs::path src = fs::canonical(video).lexically_relative(folder);
  if (src.empty() || *src.begin() == "..") {
    throw AuthoringError(
        video.string() + " is outside the lesson's folder " + folder.string() +
        ": a lesson may only name files inside its folder (write the lesson next to the video, or "
        "above it)");
  }

  media::MediaInfo info;
  try {
    info = media::Playback::open(video, media::PlaybackOptions{})->info();
  } catch (const media::MediaError& failure) {
    throw AuthoringError("cannot make a lesson for " + video.string() +
                         ": the player cannot play it: " + failure.what());
  }

  lesson::Lesson skeleton;
  skeleton.id = command.count("--id") > 0 ? arguments.id : id_from(video.stem().string());
  skeleton.version = "1";
  skeleton.language = arguments.lang;
  skeleton.title = arguments.title.empty() ? video.stem().string() : arguments.title;
  skeleton.video.src = src.generic_string();
  skeleton.video.sha256 = hash_with_progress(video);
  write_checked(lesson_file, lesson::write_lesson(skeleton),
                " was not written: the new lesson would be invalid (see above)");

  std::cout << "wrote " << lesson_file.string() << ": video " << skeleton.video.src << ", "
            << lesson::format_time(info.duration) << ", " << describe_video(info) << "; no cues yet\n"
            << "next: cuepoint-author cue add " << lesson_file.string()
            << " --at TIME --type TYPE --prompt TEXT (see cue add --help)\n";
}

}  // namespace

void add_new_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<NewArguments>();
  CLI::App& command =
      *app.add_subcommand("new", "Start a lesson for a video: probe it, hash it, write a skeleton");
  command.add_option("VIDEO", arguments->video, "the recorded video")->required();
  command.add_option(
      "-o,--output", arguments->output,
      "the lesson file to write, or a folder for its lesson.xml (default: lesson.xml next to VIDEO)");
  command.add_option("--title", arguments->title, "the lesson's title (default: the video's name)");
  command.add_option("--id", arguments->id, "the lesson's id (default: from the video's name)");
  command.add_option("--lang", arguments->lang, "the language of the lesson's text, a BCP 47 tag: en, fr-CA");
  command.add_flag("--force", arguments->force, "replace an existing lesson file");
  command.footer(
      "Example: cuepoint-author new lecture.mp4 --title 'Adding fractions' --lang en\n"
      "Writes lecture's folder/lesson.xml with the video's SHA-256; then add cues with cue add.\n"
      "Exit status: 0 written; 1 the video cannot be played, or the lesson file exists; 2 usage error.");
  command.callback([&command, arguments, &exit_code] {
    exit_code = run_reporting("new", [&] { run_new(command, *arguments); });
  });
}

}  // namespace cuepoint::authoring
