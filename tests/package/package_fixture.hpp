// What the package tests share: the committed sample packed once, the real
// binaries, and reading a package's entries back to build altered copies.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "author_process.hpp"
#include "h5p_zip.hpp"
#include "process.hpp"

namespace cuepoint::testing {

inline const std::filesystem::path kSample =
    std::filesystem::path(CUEPOINT_SOURCE_DIR) / "samples/intro-fractions";

inline ProcessResult player(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

// Every entry of a zip, in order, with its bytes (libarchive's reader).
std::vector<ZipEntry> read_zip(const std::filesystem::path& zip);

// Packs the sample into `package` with cuepoint-author; throws when that fails.
void pack_sample(const std::filesystem::path& package);

// A headless run: its events without what differs by design between two copies of
// one lesson (where the video was read from, the closing run statistics, where
// frames were written), and the folder of its cue frames.
struct PlayedRun {
  std::vector<nlohmann::json> events;
  std::filesystem::path frames;
};

// Plays `lesson` (folder or package) headless with `answers` in a fresh database
// under `scratch`; a failing run fails the calling test.
PlayedRun play_headless(const std::filesystem::path& lesson, const std::filesystem::path& answers,
                        const std::filesystem::path& scratch);

// The names of every file under `folder`, recursively, relative to it (sorted).
std::vector<std::string> tree_of(const std::filesystem::path& folder);

}  // namespace cuepoint::testing
