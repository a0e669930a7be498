#include "export_command.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "cuepoint/bundle/bundle_writer.hpp"
#include "cuepoint/bundle/device_id.hpp"
#include "cuepoint/cli/command_line.hpp"
#include "cuepoint/cli/exit_status.hpp"
#include "cuepoint/record/export.hpp"
#include "cuepoint/record/export_output.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/xapi/timestamp.hpp"
#include "database_option.hpp"

namespace cuepoint::app {
namespace {

struct ExportArguments {
  std::string database;
  std::optional<record::ExportFormat> format;
  std::string out;
  std::string bundle;  // --bundle FILE: everything recorded, for `cuepoint-author collect`
};

// `--out` naming the database (or its -wal) would replace the answers with a copy of them.
void refuse_overwriting_the_database(const std::string& out, const std::filesystem::path& database) {
  for (const std::string suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code error;
    if (std::filesystem::equivalent(out, database.string() + suffix, error)) {
      throw std::runtime_error("'" + out + "' is the response database" +
                               (suffix.empty() ? " itself" : "'s " + suffix + " file") +
                               ": choose another file for the export");
    }
  }
}

int run_export(const ExportArguments& arguments) {
  try {
    const std::filesystem::path database = arguments.database.empty()
                                               ? store::default_database_path()
                                               : std::filesystem::path(arguments.database);
    // Reading only: works on a teacher's read-only copy and never creates a database.
    auto store = store::Store::open_read_only(database);
    const std::string& out = arguments.bundle.empty() ? arguments.out : arguments.bundle;
    refuse_overwriting_the_database(out, database);
    record::ExportOutput output(out);
    // Standard output carries the records alone; the summary goes to standard error then.
    std::ostream& summary = output.to_standard_output() ? std::cerr : std::cout;
    if (!arguments.bundle.empty()) {
      const auto counts = bundle::write_bundle(
          store, {bundle::device_id(), bundle::device_name(), xapi::now_timestamp()}, output.stream());
      output.commit();
      summary << "wrote a bundle of " << counts.learners << " learners, " << counts.sessions << " sessions, "
              << counts.attempts << " answers, " << counts.watch_events << " watch events and "
              << counts.statements << " statements (" << counts.statements_sent << " already uploaded) to "
              << output.description() << "\n";
      return cli::kExitOk;
    }
    const int count = record::export_records(store, *arguments.format, output.stream());
    output.commit();
    summary << "exported " << count << " records to " << output.description() << "\n";
    return cli::kExitOk;
  } catch (const std::exception& error) {
    std::cerr << "cuepoint export: " << error.what() << "\n";
    return cli::kExitFailed;
  }
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<ExportArguments>();
  auto* command = app.add_subcommand("export", "Write recorded answers and watch events to a file");
  add_database_option(*command, arguments->database,
                      "response database file to read; opened read-only, never created or changed");
  const std::map<std::string, record::ExportFormat> formats{{"csv", record::ExportFormat::Csv},
                                                            {"jsonl", record::ExportFormat::Jsonl}};
  auto* format = command->add_option("--format", arguments->format, "csv or jsonl");
  format->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  auto* out = command->add_option(
      "--out", arguments->out,
      "file to write, or - for standard output. A file is replaced only once the export is\n"
      "complete (a symbolic link is followed, its target replaced); a device or named pipe\n"
      "is written directly; a folder is refused");
  command
      ->add_option("--bundle", arguments->bundle,
                   "instead of --format and --out: write everything recorded on this device (learners,\n"
                   "sessions, answers, watch events and the xAPI statements with their upload state) as one\n"
                   "answers bundle for `cuepoint-author collect`; written like --out")
      ->excludes(format)
      ->excludes(out);
  command->footer(
      "Examples:\n"
      "  cuepoint export --format csv --out answers.csv\n"
      "  cuepoint export --bundle /media/usb/tablet-3.cpbundle\n"
      "Exit status: 0 written; 1 the database or the output file failed (nothing half written is left);\n"
      "2 usage error.");
  command->callback([arguments, &exit_code] {
    if (arguments->bundle.empty() && (!arguments->format || arguments->out.empty())) {
      throw cli::UsageError("cuepoint export: give --format and --out, or --bundle FILE");
    }
    exit_code = run_export(*arguments);
  });
}

}  // namespace cuepoint::app
