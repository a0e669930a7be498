#include "package_fixture.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

struct ReaderFree {
  void operator()(archive* a) const { archive_read_free(a); }
};

}  // namespace

std::vector<ZipEntry> read_zip(const std::filesystem::path& zip) {
  std::unique_ptr<archive, ReaderFree> reader(archive_read_new());
  archive_read_support_format_zip(reader.get());
  if (archive_read_open_filename(reader.get(), zip.c_str(), 1 << 16) != ARCHIVE_OK)
    throw std::runtime_error("cannot read " + zip.string());
  std::vector<ZipEntry> entries;
  archive_entry* entry = nullptr;
  while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
    ZipEntry item{archive_entry_pathname(entry), {}, {}};
    char buffer[1 << 16];
    la_ssize_t n = 0;
    while ((n = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0)
      item.data.append(buffer, static_cast<std::size_t>(n));
    if (n < 0) throw std::runtime_error("cannot read an entry of " + zip.string());
    entries.push_back(std::move(item));
  }
  return entries;
}

PlayedRun play_headless(const std::filesystem::path& lesson, const std::filesystem::path& answers,
                        const std::filesystem::path& scratch) {
  std::filesystem::create_directories(scratch);
  const ProcessResult result =
      player({lesson.string(), "--headless", "--answers", answers.string(), "--db",
              (scratch / "db.sqlite").string(), "--events", (scratch / "events.jsonl").string(),
              "--frames-dir", (scratch / "frames").string(), "--learner", "package-test"});
  EXPECT_EQ(result.exit_code, 0) << lesson << ": " << result.err;
  PlayedRun run{json_lines(read_file(scratch / "events.jsonl")), scratch / "frames"};
  std::erase_if(run.events, [](const nlohmann::json& event) { return event.value("event", "") == "stats"; });
  for (auto& event : run.events) {
    event.erase("video");
    if (event.contains("frame_file"))
      event["frame_file"] = std::filesystem::path(event["frame_file"]).filename().string();
  }
  return run;
}

void pack_sample(const std::filesystem::path& package) {
  const ProcessResult packed = author({"pack", kSample.string(), "-o", package.string()});
  if (packed.exit_code != 0) throw std::runtime_error("pack failed: " + packed.err);
}

std::vector<std::string> tree_of(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    names.push_back(std::filesystem::relative(entry.path(), folder).generic_string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace cuepoint::testing
