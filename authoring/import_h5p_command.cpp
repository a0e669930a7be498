#include "import_h5p_command.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include "command_support.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/h5p/h5p_error.hpp"
#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/logging.hpp"
#include "cuepoint/media/playback.hpp"
#include "import_h5p_source.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;
using h5p::H5pError;

constexpr const char* kName = "cuepoint-author import-h5p: ";

struct ImportArguments {
  fs::path input;
  fs::path output;
  std::optional<fs::path> video;
  std::string id;
};

// The lesson is built in a hidden folder next to DIR and renamed to DIR only when it
// is complete and valid; on any failure the folder and everything in it go away.
class StagingFolder {
 public:
  explicit StagingFolder(const fs::path& output) {
    std::string pattern =
        (output.parent_path() / ("." + output.filename().string() + ".import-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
      throw H5pError("cannot create a folder next to " + output.string() + ": " + std::strerror(errno));
    path_ = pattern;
    // mkdtemp makes it private; the lesson folder gets the usual rwxr-xr-x.
    fs::permissions(path_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
  }
  ~StagingFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;

  const fs::path& path() const { return path_; }

  void commit(const fs::path& output) {
    if (fs::exists(output)) fs::remove(output);  // checked empty before anything was written
    fs::rename(path_, output);
    path_.clear();
  }

 private:
  fs::path path_;
};

void check_output(const fs::path& output) {
  const fs::path parent = output.parent_path().empty() ? fs::path(".") : output.parent_path();
  if (!fs::is_directory(parent))
    throw H5pError("cannot create " + output.string() + ": " + parent.string() + " is not a folder");
  if (fs::exists(output) && !(fs::is_directory(output) && fs::is_empty(output)))
    throw H5pError(output.string() + " already exists and is not an empty folder; name a new one with -o");
}

void check_package_info(const H5pSource& source, const fs::path& input) {
  if (!source.package_info()) return;
  const auto& info = *source.package_info();
  const auto main = info.is_object() ? info.find("mainLibrary") : info.end();
  if (info.is_object() && main != info.end() && main->is_string() && *main != "H5P.InteractiveVideo") {
    throw H5pError(input.string() + ": this is an " + main->get<std::string>() +
                   " package, not an H5P.InteractiveVideo");
  }
}

std::string info_string(const H5pSource& source, const char* key) {
  if (!source.package_info() || !source.package_info()->is_object()) return {};
  const auto found = source.package_info()->find(key);
  return found != source.package_info()->end() && found->is_string() ? found->get<std::string>()
                                                                     : std::string();
}

// h5p.json's language when it is a language tag ("und" means unknown).
std::string package_language(const H5pSource& source) {
  const std::string language = info_string(source, "language");
  return h5p::is_language_tag(language) ? language : std::string();
}

// The converter does not know the file; its refusal of the whole content names it here.
h5p::VideoChoice video_choice(const H5pSource& source, const fs::path& input) {
  try {
    return h5p::choose_video(source.content());
  } catch (const H5pError& error) {
    throw H5pError(input.string() + ": " + error.what());
  }
}

lesson::Micros video_duration(const fs::path& video, const std::string& src) {
  try {
    return media::Playback::open(video, media::PlaybackOptions{})->info().duration;
  } catch (const media::MediaError& error) {
    throw H5pError("cannot play the video '" + src + "': " + error.what());
  }
}

// The player's own loader must accept the result, and every time lie inside the video.
void check_lesson(const fs::path& lesson_file, lesson::Micros duration) {
  auto load = loader::load_lesson(lesson_file);
  std::vector<lesson::Diagnostic> problems = std::move(load.diagnostics);
  if (load.loaded && duration > 0) {
    for (auto& d : lesson::check_times_within(load.loaded->lesson, lesson_file.string(), duration))
      problems.push_back(std::move(d));
  }
  if (!lesson::has_errors(problems)) return;
  std::string message = "the converted lesson is not valid (please report this):";
  for (const auto& d : problems) message += "\n  " + d.to_string();
  throw H5pError(message);
}

void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw H5pError("cannot write " + file.string());
}

std::string notes_text(const fs::path& input, const std::vector<h5p::ImportNote>& notes) {
  std::string text = "Imported from " + input.filename().string() + " by cuepoint-author import-h5p.\n";
  if (notes.empty()) return text + "Everything was converted.\n";
  text += "Not converted, or converted with a change (" + std::to_string(notes.size()) + "):\n";
  for (const auto& note : notes) text += to_string(note) + "\n";
  return text;
}

std::string hash_with_progress(const fs::path& video) {
  auto bar = cli::ProgressBar::on_stderr("MiB hashed");
  return integrity::sha256_of_file(video, hash_progress(bar));
}

void run_import(ImportArguments arguments) {
  media::set_library_log(media::LibraryLog::Quiet);
  // "out/" names the folder "out": the hidden folder is made next to it, not in it.
  arguments.output = arguments.output.lexically_normal();
  if (arguments.output.filename().empty()) arguments.output = arguments.output.parent_path();
  check_output(arguments.output);
  const auto source = open_h5p_source(arguments.input);
  check_package_info(*source, arguments.input);
  const h5p::VideoChoice choice = video_choice(*source, arguments.input);

  StagingFolder staging(arguments.output);
  std::string video_src;
  if (arguments.video) {
    if (!fs::is_regular_file(*arguments.video))
      throw H5pError(arguments.video->string() + ": not a regular file (--video)");
    video_src = "video/" + arguments.video->filename().string();
    fs::create_directories(staging.path() / "video");
    fs::copy_file(*arguments.video, staging.path() / video_src);
  } else if (choice.local) {
    video_src = *choice.local;
    source->copy(video_src, staging.path() / video_src);
  } else {
    throw H5pError(arguments.input.string() + ": cannot import: " + choice.refusal +
                   "; Cuepoint plays video files: give one with --video FILE");
  }
  const lesson::Micros duration = video_duration(staging.path() / video_src, video_src);

  h5p::ConvertOptions options;
  options.title = info_string(*source, "title");
  options.language = package_language(*source);
  options.lesson_id = !arguments.id.empty()
                          ? arguments.id
                          : h5p::id_from_text(fs::absolute(arguments.output).filename().string(),
                                              h5p::id_from_text(options.title, "h5p-import"));
  if (duration > 0) options.video_duration = duration;
  h5p::Conversion conversion = h5p::convert(source->content(), options);
  lesson::Lesson& lesson = conversion.lesson;
  lesson.video.src = video_src;
  lesson.video.sha256 = hash_with_progress(staging.path() / video_src);

  // A caption file the content names but does not hold is listed, not fatal.
  for (std::size_t i = conversion.caption_files.size(); i-- > 0;) {
    const auto& file = conversion.caption_files[i];
    try {
      source->copy(file.source, staging.path() / file.src);
    } catch (const H5pError& error) {
      conversion.notes.insert(conversion.notes.begin(),
                              {h5p::NoteKind::NotConverted, std::nullopt, "captions '" + file.src + "'",
                               std::string("the file is missing: ") + error.what()});
      lesson.captions.erase(lesson.captions.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  write_text(staging.path() / "lesson.xml", lesson::write_lesson(lesson));
  write_text(staging.path() / "IMPORT-NOTES.txt", notes_text(arguments.input, conversion.notes));
  check_lesson(staging.path() / "lesson.xml", duration);
  staging.commit(arguments.output);

  std::size_t not_converted = 0;
  for (const auto& note : conversion.notes) {
    std::cerr << kName << to_string(note) << "\n";
    if (note.kind == h5p::NoteKind::NotConverted) ++not_converted;
  }
  std::cout << "imported " << arguments.input.string() << " into " << arguments.output.string() << ": "
            << lesson.cues.size() << " cues, " << lesson.chapters.size() << " chapters, "
            << lesson.captions.size() << " caption tracks, video " << lesson::format_time(duration) << "; "
            << not_converted << " not converted, " << conversion.notes.size() - not_converted
            << " changed (see " << (arguments.output / "IMPORT-NOTES.txt").string() << ")\n";
}

}  // namespace

void add_import_h5p_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<ImportArguments>();
  auto* command = app.add_subcommand("import-h5p", "Convert an H5P Interactive Video into a lesson folder");
  command->add_option("FILE", arguments->input, "the .h5p package, or an unpacked content.json")->required();
  command->add_option("-o,--output", arguments->output, "the lesson folder to create (new, or empty)")
      ->required();
  command->add_option("--video", arguments->video,
                      "use this video file (for content whose video is on YouTube or another server)");
  command->add_option("--id", arguments->id, "the lesson id (default: from the folder's name)");
  command->footer(
      "Example:\n"
      "  cuepoint-author import-h5p library-tour.h5p -o library-tour\n"
      "What cannot be converted (drag-and-drop, hotspots, Summary, MarkTheWords, images, unknown\n"
      "libraries) is listed on stderr and in DIR/IMPORT-NOTES.txt. See docs/h5p-import.md.\n"
      "Exit status: 0 imported; 1 refused (the reason is on stderr; DIR is not created); 2 usage.");
  command->callback([arguments, &exit_code] {
    exit_code =
        run_reporting<H5pError, json_input::JsonInputError, integrity::DigestError, fs::filesystem_error>(
            "import-h5p", [&] { run_import(*arguments); });
  });
}

}  // namespace cuepoint::authoring
