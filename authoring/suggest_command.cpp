#include "suggest_command.hpp"

#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "command_support.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/media/pause_detect.hpp"
#include "cuepoint/suggest/suggestions.hpp"
#include "lesson_edit.hpp"
#include "note_cues.hpp"

namespace cuepoint::authoring {
namespace {

struct SuggestArguments {
  std::string video;
  bool json = false;
  std::string lesson;
  double scene_threshold = media::SceneDetectOptions{}.threshold;
  double silence_noise_db = media::SilenceDetectOptions{}.noise_db;
  double min_silence_s = static_cast<double>(media::SilenceDetectOptions{}.min_duration) / 1e6;
};

double seconds(media::Micros micros) { return static_cast<double>(micros) / 1e6; }

nlohmann::ordered_json as_json(const std::vector<suggest::Suggestion>& suggestions) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& s : suggestions) {
    nlohmann::ordered_json item{{"at", lesson::format_time(s.at)},
                                {"seconds", seconds(s.at)},
                                {"reason", std::string(suggest::to_string(s.reason))}};
    if (s.scene) item["scene"] = {{"at", seconds(s.scene->at)}, {"score", s.scene->score}};
    if (s.silence) item["silence"] = {{"start", seconds(s.silence->start)}, {"end", seconds(s.silence->end)}};
    list.push_back(std::move(item));
  }
  return list;
}

// Each scan reads the whole video: its bar counts whole seconds of it.
media::ScanProgress scan_progress(cli::ProgressBar& bar) {
  return [&bar](media::Micros done, media::Micros duration) {
    if (duration > 0) bar.update(done / 1'000'000, duration / 1'000'000);
  };
}

void run_suggest(const SuggestArguments& arguments) {
  // The lesson is read (and a read-only or invalid one refused) before the slow scans.
  std::optional<LessonEdit> edit;
  if (!arguments.lesson.empty()) edit.emplace(arguments.lesson);
  std::vector<media::SceneChange> scenes;
  {
    auto bar = cli::ProgressBar::on_stderr("s scanned for slide changes");
    scenes = media::scene_detect(arguments.video, {arguments.scene_threshold}, scan_progress(bar));
  }
  std::optional<std::vector<media::Silence>> silences;
  {
    auto bar = cli::ProgressBar::on_stderr("s scanned for pauses");
    silences = media::silence_detect(
        arguments.video, {arguments.silence_noise_db, std::llround(arguments.min_silence_s * 1e6)},
        scan_progress(bar));
  }
  if (!silences)
    std::cerr << "cuepoint-author suggest: " << arguments.video << " has no audio: slide changes only\n";
  const auto suggestions = suggest::suggest_pauses(scenes, silences.value_or(std::vector<media::Silence>{}));
  if (arguments.json) {
    std::cout << as_json(suggestions).dump(2) << "\n";
  } else {
    for (const auto& s : suggestions)
      std::cout << lesson::format_time(s.at) << '\t' << suggest::to_string(s.reason) << '\n';
  }
  if (edit) {
    const AddedCues added = add_note_cues(*edit, suggestions);
    std::cerr << "cuepoint-author suggest: added " << added.ids.size() << " note cue(s) to "
              << edit->file().string();
    if (added.skipped > 0) std::cerr << "; " << added.skipped << " skipped (a cue is already at that time)";
    std::cerr << "\n";
  }
}

}  // namespace

void add_suggest_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<SuggestArguments>();
  auto* command = app.add_subcommand(
      "suggest", "Propose cue times at the video's slide changes and pauses in the narration");
  command->add_option("video", arguments->video, "the lecture video")->required();
  command->add_flag("--json", arguments->json,
                    "print the suggestions as a JSON array (with the scene score and silence)");
  command->add_option(
      "--add", arguments->lesson,
      "insert the suggestions into this lesson file as note cues (ids suggested-N), for you to edit");
  command
      ->add_option("--scene-threshold", arguments->scene_threshold,
                   "scene score (0-100) from which a picture change is a new slide")
      ->check(CLI::Range(0.0, 100.0))
      ->capture_default_str();
  command->add_option("--silence-noise", arguments->silence_noise_db, "quieter than this (dBFS) is silence")
      ->check(CLI::Range(-120.0, 0.0))
      ->capture_default_str();
  command->add_option("--min-silence", arguments->min_silence_s, "seconds of quiet that make a pause")
      ->check(CLI::Range(0.05, 60.0))
      ->capture_default_str();
  command->footer(
      "Each line is TIME<TAB>REASON: TIME in lesson syntax, REASON scene (on the last frame before a slide\n"
      "change), silence (0.4 s into a pause in the narration) or scene+silence (a slide change within\n"
      "0.5 s of a pause, at the change).\n"
      "Example:\n"
      "  cuepoint-author suggest lecture.mp4 --add lesson.xml\n"
      "Exit status: 0 done; 1 the video cannot be read, or the lesson cannot be edited (it is left\n"
      "untouched); 2 usage error.");
  command->callback(
      [arguments, &exit_code] { exit_code = run_reporting("suggest", [&] { run_suggest(*arguments); }); });
}

}  // namespace cuepoint::authoring
