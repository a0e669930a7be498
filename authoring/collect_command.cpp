#include "collect_command.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/bundle/bundle_merge.hpp"
#include "cuepoint/bundle/bundle_reader.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/store/store_error.hpp"

namespace cuepoint::authoring {
namespace {

struct CollectArguments {
  std::vector<std::string> bundles;
  std::string database;
};

// "2 learners, 0 sessions, ..." in the order the records are merged.
std::string counts_text(const bundle::MergeCounts& counts) {
  return std::to_string(counts.learners) + " learners, " + std::to_string(counts.sessions) + " sessions, " +
         std::to_string(counts.attempts) + " answers, " + std::to_string(counts.watch_events) +
         " watch events, " + std::to_string(counts.statements) + " statements";
}

// A bundle naming the database (or its -wal) is refused before anything is read.
void refuse_the_database(const std::string& bundle, const std::filesystem::path& database) {
  for (const std::string suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code error;
    if (std::filesystem::equivalent(bundle, database.string() + suffix, error)) {
      throw bundle::BundleError(bundle + ": error: is the database collected into" +
                                (suffix.empty() ? "" : " (its " + suffix + " file)") + ", not a bundle");
    }
  }
}

void collect_one(store::Store& store, const std::string& file) {
  refuse_the_database(file, store.path());
  const auto read = bundle::read_bundle(file);
  const auto result = bundle::merge_bundle(store, read);
  std::cout << file << " (device " << read.header.device_id
            << (read.header.device_name.empty() ? "" : " '" + read.header.device_name + "'") << ", exported "
            << read.header.created_utc << "): added " << counts_text(result.added);
  if (result.added_sent_by_device > 0) {
    std::cout << " (" << result.added_sent_by_device
              << " already uploaded by the device: queued here too, the LRS keeps each once)";
  }
  std::cout << "; already present: " << counts_text(result.already_present) << "\n";
}

void run_collect(const CollectArguments& arguments) {
  // The normal opening: created when missing, migrated, refused when not ours.
  auto store = store::Store::open(arguments.database);
  std::size_t refused = 0;
  for (const auto& file : arguments.bundles) {
    try {
      collect_one(store, file);
    } catch (const bundle::BundleError& error) {
      ++refused;
      std::cerr << "cuepoint-author collect: " << error.what() << "; nothing of it was added\n";
    } catch (const store::StoreError& error) {
      ++refused;
      std::cerr << "cuepoint-author collect: " << file << ": " << error.what()
                << "; nothing of it was added\n";
    }
  }
  const auto counts = store.outbox_counts();
  std::cout << "collected " << arguments.bundles.size() - refused << " of " << arguments.bundles.size()
            << " bundles into '" << arguments.database << "': " << counts.pending
            << " statements to upload (cuepoint upload --db " << arguments.database << ")\n";
  if (refused > 0) {
    throw AuthoringError(std::to_string(refused) + " of " + std::to_string(arguments.bundles.size()) +
                         " bundles were refused (see above); the others were collected");
  }
}

}  // namespace

void add_collect_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<CollectArguments>();
  auto* command = app.add_subcommand(
      "collect", "Merge answers bundles brought back from devices into the teacher's database");
  command->add_option("bundles", arguments->bundles, "answers bundles written by `cuepoint export --bundle`")
      ->required();
  command
      ->add_option(
          "--db", arguments->database,
          "the teacher's response database; created when missing. What it holds already is not added "
          "again")
      ->required();
  command->footer(
      "Each bundle is checked whole (version, SHA-256, every record) and merged in one transaction:\n"
      "a refused bundle adds nothing. Collecting a bundle twice, or overlapping bundles, adds nothing "
      "twice.\n"
      "Example:\n"
      "  cuepoint-author collect /media/usb/*.cpbundle --db class.sqlite && cuepoint upload --db "
      "class.sqlite ...\n"
      "Exit status: 0 every bundle collected; 1 a bundle was refused (the others are collected) or the\n"
      "database could not be opened or written; 2 usage error.");
  command->callback([arguments, &exit_code] {
    if (arguments->database.empty())
      usage_error("collect", "--db: is empty: give the teacher's database file");
    exit_code = run_reporting<store::StoreError>("collect", [&] { run_collect(*arguments); });
  });
}

}  // namespace cuepoint::authoring
