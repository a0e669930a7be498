#include "export_command.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "cuepoint/cli/exit_status.hpp"
#include "cuepoint/record/export.hpp"
#include "cuepoint/record/export_output.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/store.hpp"
#include "database_option.hpp"

namespace cuepoint::app {
namespace {

struct ExportArguments {
  std::string database;
  record::ExportFormat format = record::ExportFormat::Csv;
  std::string out;
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
    refuse_overwriting_the_database(arguments.out, database);
    record::ExportOutput output(arguments.out);
    const int count = record::export_records(store, arguments.format, output.stream());
    output.commit();
    // Standard output carries the records alone.
    (output.to_standard_output() ? std::cerr : std::cout)
        << "exported " << count << " records to " << output.description() << "\n";
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
  command->add_option("--format", arguments->format, "csv or jsonl")
      ->required()
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  command
      ->add_option("--out", arguments->out,
                   "file to write, or - for standard output. A file is replaced only once the export is\n"
                   "complete (a symbolic link is followed, its target replaced); a device or named pipe\n"
                   "is written directly; a folder is refused")
      ->required();
  command->footer(
      "Exit status: 0 written; 1 the database or the output file failed (nothing half written is left);\n"
      "2 usage error.");
  command->callback([arguments, &exit_code] { exit_code = run_export(*arguments); });
}

}  // namespace cuepoint::app
