#include "package_commands.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "cuepoint/package/manifest.hpp"
#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"
#include "cuepoint/package/package_writer.hpp"
#include "lesson_check.hpp"
#include "lesson_seal.hpp"
#include "pending_file.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

struct PackageArguments {
  std::string input;
  std::string output;
  bool seal = false;
};

void print_diagnostics(const std::vector<lesson::Diagnostic>& diagnostics) {
  for (const auto& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
}

// What goes into the package: lesson.xml, then the video and captions under the
// names the lesson gives them (so the lesson reads the same inside the package).
std::vector<package::PackFile> files_of(const loader::LoadedLesson& loaded) {
  std::vector<package::PackFile> files{{package::kLessonName, loaded.file}};
  const auto add = [&](const loader::MediaReference& reference) {
    const std::string name = fs::path(reference.src).lexically_normal().generic_string();
    if (name == package::kLessonName || name == package::kManifestName)
      throw AuthoringError(loaded.file.string() + ": media file '" + reference.src +
                           "' has a name the package "
                           "itself uses; rename it");
    for (const auto& file : files) {
      if (file.name == name) return;  // one file named twice (two tracks of one file)
    }
    files.push_back({name, *reference.path});
  };
  add(loaded.video);
  for (const auto& track : loaded.captions) add(track);
  return files;
}

// The sealed lesson's XML, checked by the same parser and validator the player uses
// (a sealed lesson is a valid lesson), with what could not be sealed printed.
std::string sealed_lesson_xml(const loader::LoadedLesson& loaded) {
  const std::string file = loaded.file.string();
  const SealedLesson sealed = seal_lesson(loaded.lesson, file, lesson::random_seal_salt());
  print_diagnostics(sealed.unsealed);
  std::string xml = lesson::write_lesson(sealed.lesson);
  const lesson::ParseResult reread = lesson::parse_lesson_string(xml, "sealed " + file);
  std::vector<lesson::Diagnostic> problems = reread.diagnostics;
  if (reread.lesson) {
    const auto checked = lesson::validate(*reread.lesson, "sealed " + file);
    problems.insert(problems.end(), checked.begin(), checked.end());
  }
  if (!reread.lesson || lesson::has_errors(problems)) {
    print_diagnostics(problems);
    throw AuthoringError(file + ": not packed: the sealed lesson does not check (a bug; see above)");
  }
  std::cout << "sealed " << sealed.sealed_cues << " graded cues; " << sealed.unsealed.size()
            << " left readable" << (sealed.unsealed.empty() ? "" : " (see the warnings above)") << '\n';
  return xml;
}

void run_pack(const PackageArguments& arguments) {
  const fs::path output = arguments.output;
  if (!package::is_package_path(output))
    usage_error("pack", "the package must be named *.cuepoint (the player knows packages by that name)");
  const LessonCheck check = check_lesson(arguments.input);
  print_diagnostics(check.diagnostics);
  if (!check.ok()) throw AuthoringError(arguments.input + ": not packed: the lesson has errors (see above)");
  auto files = files_of(*check.loaded);
  // The sealed lesson.xml waits in a hidden file beside the package while it is
  // packed; never committed, it is removed when this scope ends.
  std::optional<PendingFile> sealed_xml;
  if (arguments.seal) {
    sealed_xml.emplace(output, sealed_lesson_xml(*check.loaded));
    files.front().source = sealed_xml->path();
  }
  try {
    package::write_package(output, files);
  } catch (const package::PackageError& error) {
    throw AuthoringError(error.what());
  }
  std::uintmax_t size = fs::file_size(output);
  std::cout << "packed " << files.size() << " files into " << output.string() << " (" << size << " bytes)\n";
}

void run_verify(const PackageArguments& arguments) {
  if (!package::is_package_path(arguments.input))
    usage_error("verify", "'" + arguments.input + "' is not a .cuepoint package");
  // The player's loader: the package's entries, manifest and every hash, then the
  // lesson inside, as the player would open it.
  const LessonCheck check = check_lesson(arguments.input);
  print_diagnostics(check.diagnostics);
  if (!check.ok())
    throw AuthoringError(arguments.input + ": the lesson in the package has errors (see above)");
  std::cout << arguments.input << ": intact and valid (" << check.loaded->lesson.cues.size() << " cues)\n";
}

void run_unpack(const PackageArguments& arguments) {
  try {
    const package::Package package = package::Package::open(arguments.input);
    package.extract_to(arguments.output);
    std::cout << "unpacked " << package.entries().size() << " files into " << arguments.output << '\n';
  } catch (const package::PackageError& error) {
    throw AuthoringError(error.what());
  }
}

}  // namespace

void add_package_commands(CLI::App& app, int& exit_code) {
  auto pack_arguments = std::make_shared<PackageArguments>();
  CLI::App& pack = *app.add_subcommand("pack", "Write a lesson and its media into one .cuepoint file");
  pack.add_option("LESSON", pack_arguments->input, "lesson XML file, or a folder holding lesson.xml")
      ->required();
  pack.add_option("-o,--output", pack_arguments->output, "the package to write (NAME.cuepoint)")->required();
  pack.add_flag(
      "--seal", pack_arguments->seal,
      "store correct answers only as salted hashes (numeric answers stay readable, with a warning)");
  pack.footer(
      "Example: cuepoint-author pack samples/intro-fractions -o intro-fractions.cuepoint\n"
      "The lesson is checked like validate first. The package holds lesson.xml, the video, the captions\n"
      "and manifest.json (each file's size and SHA-256); files are stored uncompressed so the player\n"
      "reads the video in place. --seal: see docs/package.md, \"Sealed answers\" (stops casual\n"
      "answer-peeking, not a determined attacker). Exit status: 0 packed; 1 bad lesson or cannot write;\n"
      "2 usage error.");
  pack.callback([pack_arguments, &exit_code] {
    exit_code = run_reporting("pack", [&] { run_pack(*pack_arguments); });
  });

  auto verify_arguments = std::make_shared<PackageArguments>();
  CLI::App& verify = *app.add_subcommand("verify", "Check a .cuepoint package: every file, size and hash");
  verify.add_option("FILE", verify_arguments->input, "the package")->required();
  verify.footer(
      "Example: cuepoint-author verify intro-fractions.cuepoint\n"
      "Names the damaged or missing file. Exit status: 0 intact; 1 damaged, refused or invalid; 2 usage.");
  verify.callback([verify_arguments, &exit_code] {
    exit_code = run_reporting("verify", [&] { run_verify(*verify_arguments); });
  });

  auto unpack_arguments = std::make_shared<PackageArguments>();
  CLI::App& unpack = *app.add_subcommand("unpack", "Extract a .cuepoint package into a new folder");
  unpack.add_option("FILE", unpack_arguments->input, "the package")->required();
  unpack.add_option("-o,--output", unpack_arguments->output, "the folder to create (must not exist)")
      ->required();
  unpack.footer(
      "Example: cuepoint-author unpack intro-fractions.cuepoint -o intro-fractions\n"
      "Packages from anyone are safe to unpack: absolute names, '..', links, duplicate names, names that\n"
      "differ only in case and zip bombs are refused, and nothing is written outside the new folder\n"
      "(nothing at all unless every file is intact). Exit status: 0 unpacked; 1 refused or damaged; 2 "
      "usage.");
  unpack.callback([unpack_arguments, &exit_code] {
    exit_code = run_reporting("unpack", [&] { run_unpack(*unpack_arguments); });
  });
}

}  // namespace cuepoint::authoring
