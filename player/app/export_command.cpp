#include "export_command.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cuepoint/record/export.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/store.hpp"

namespace cuepoint::app {
namespace {

struct ExportArguments {
  std::string database;
  record::ExportFormat format = record::ExportFormat::Csv;
  std::string out;
};

int run_export(const ExportArguments& arguments) {
  try {
    const std::filesystem::path database = arguments.database.empty()
                                               ? store::default_database_path()
                                               : std::filesystem::path(arguments.database);
    if (!std::filesystem::exists(database)) {
      std::cerr << "cuepoint export: no response database at '" << database.string() << "'\n";
      return 1;
    }
    auto store = store::Store::open(database);
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const std::filesystem::path out(arguments.out);
    const auto partial = std::filesystem::path(out.string() + ".partial");
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "cuepoint export: cannot write '" << partial.string() << "'\n";
      return 1;
    }
    const int count = record::export_records(store, arguments.format, file);
    file.close();
    if (!file) {
      std::cerr << "cuepoint export: writing '" << partial.string() << "' failed (disk full?)\n";
      std::filesystem::remove(partial);
      return 1;
    }
    std::filesystem::rename(partial, out);
    std::cout << "exported " << count << " records to " << out.string() << "\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "cuepoint export: " << error.what() << "\n";
    return 1;
  }
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<ExportArguments>();
  auto* command = app.add_subcommand("export", "Write recorded answers and watch events to a file");
  command->add_option("--db", arguments->database, "response database (default: the device's)");
  const std::map<std::string, record::ExportFormat> formats{{"csv", record::ExportFormat::Csv},
                                                            {"jsonl", record::ExportFormat::Jsonl}};
  command->add_option("--format", arguments->format, "csv or jsonl")
      ->required()
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  command->add_option("--out", arguments->out, "file to write")->required();
  command->footer("Exit status: 0 written; 1 the database or the output file failed; 2 usage error.");
  command->callback([arguments, &exit_code] { exit_code = run_export(*arguments); });
}

}  // namespace cuepoint::app
