// Store::open_read_only, what export uses: it reads a teacher's read-only
// copy, never creates, writes or migrates anything, and refuses files that are
// not a Cuepoint database without touching them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "as_other_user.hpp"
#include "cuepoint/record/export.hpp"
#include "cuepoint/store/store.hpp"
#include "folder_listing.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using testing::file_names_in;
using ::testing::HasSubstr;
using testing::read_file;
using testing::TempDir;

constexpr auto kReadOnlyFile = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
constexpr auto kReadOnlyFolder =
    kReadOnlyFile | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;

// What must stay the same when a reader opens a file: its bytes and its mtime.
struct Snapshot {
  std::string bytes;
  fs::file_time_type modified;
  bool operator==(const Snapshot&) const = default;
};
Snapshot snapshot(const fs::path& file) { return {read_file(file), fs::last_write_time(file)}; }

// A database holding a full recorded session, closed cleanly (no -wal, no -shm left).
void record_and_close(const fs::path& file) {
  auto store = Store::open(file);
  testing::record_full_session(store);
}

StoreError read_only_error(const fs::path& file) {
  try {
    Store::open_read_only(file);
  } catch (const StoreError& error) {
    return error;
  }
  ADD_FAILURE() << "Store::open_read_only(" << file << ") succeeded";
  return StoreError(StoreError::Kind::Other, "");
}

// Exports in a child that cannot bypass permissions; reports the record count.
testing::ChildOutcome export_without_privileges(const fs::path& file) {
  return testing::run_without_privileges([&](std::string& report) {
    try {
      auto store = Store::open_read_only(file);
      if (!store.database().read_only()) {
        report = "not opened read-only";
        return 2;
      }
      std::ostringstream out;
      report = std::to_string(record::export_records(store, record::ExportFormat::Csv, out));
      return 0;
    } catch (const StoreError& error) {
      report = error.what();
      return 1;
    }
  });
}

TEST(StoreOpenReadOnly, ExportsAReadOnlyFileInAReadOnlyFolderWithoutWritingAnything) {
  TempDir dir;
  const auto folder = dir / "stick";
  const auto file = folder / "responses.sqlite";
  record_and_close(file);
  ASSERT_THAT(file_names_in(folder), ElementsAre("responses.sqlite"));  // closed cleanly: no -wal, no -shm
  fs::permissions(file, kReadOnlyFile);
  fs::permissions(folder, kReadOnlyFolder);
  const auto before = snapshot(file);
  const auto outcome = export_without_privileges(file);
  EXPECT_EQ(outcome.exit_code, 0) << outcome.message;
  EXPECT_EQ(outcome.message, std::to_string(testing::full_session().statements()));
  EXPECT_TRUE(snapshot(file) == before);
  EXPECT_THAT(file_names_in(folder), ElementsAre("responses.sqlite"));
}

TEST(StoreOpenReadOnly, CreatesNoWalOrShmFileInAWritableFolder) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  record_and_close(file);
  const auto before = snapshot(file);
  {
    auto store = Store::open_read_only(file);
    EXPECT_TRUE(store.database().read_only());
    EXPECT_EQ(store.attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
  }
  EXPECT_TRUE(snapshot(file) == before);
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("responses.sqlite"));
}

TEST(StoreOpenReadOnly, SeesAnswersStillInTheWriteAheadLogOfAnOpenWriter) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  auto writer = Store::open(file);
  testing::record_full_session(writer);
  ASSERT_GT(fs::file_size(dir / "responses.sqlite-wal"), 0u);  // not checkpointed yet
  auto reader = Store::open_read_only(file);
  EXPECT_EQ(reader.attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
  EXPECT_EQ(reader.watch_events().size(), 9u);
}

TEST(StoreOpenReadOnly, ReadsWhatACrashedPlayerLeftInTheWalEvenInAReadOnlyFolder) {
  TempDir dir;
  const auto folder = dir / "stick";
  const auto file = folder / "responses.sqlite";
  fs::create_directories(folder);
  const pid_t child = fork();
  if (child == 0) {
    auto store = Store::open(file);
    testing::record_full_session(store);
    _exit(0);  // no close: the answers stay in -wal, as after a crash or power loss
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_GT(fs::file_size(folder / "responses.sqlite-wal"), 0u);
  for (const auto& name : file_names_in(folder)) fs::permissions(folder / name, kReadOnlyFile);
  fs::permissions(folder, kReadOnlyFolder);
  const auto before = snapshot(file);
  const auto outcome = export_without_privileges(file);
  EXPECT_EQ(outcome.exit_code, 0) << outcome.message;
  EXPECT_EQ(outcome.message, std::to_string(testing::full_session().statements()));
  EXPECT_TRUE(snapshot(file) == before);
}

TEST(StoreOpenReadOnly, RefusesAMissingFileAndCreatesNothing) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  const auto error = read_only_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::CannotOpen);
  EXPECT_EQ(std::string(error.what()), "no response database at '" + file.string() + "'");
  EXPECT_TRUE(file_names_in(dir.path()).empty());
}

TEST(StoreOpenReadOnly, RefusesAnEmptyFileAndLeavesItEmpty) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  std::ofstream(file) << "";
  const auto before = snapshot(file);
  const auto error = read_only_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NotOurs);
  EXPECT_EQ(std::string(error.what()),
            "database '" + file.string() + "' is empty, not a Cuepoint database; it was left untouched");
  EXPECT_TRUE(snapshot(file) == before);
  EXPECT_EQ(fs::file_size(file), 0u);
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("responses.sqlite"));
}

TEST(StoreOpenReadOnly, RefusesAnSqliteDatabaseWithoutOurSchemaAndNeverMigratesIt) {
  TempDir dir;
  const auto file = dir / "blank.sqlite";
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE t (x); DROP TABLE t;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  const auto before = snapshot(file);
  const auto error = read_only_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NotOurs);
  EXPECT_EQ(std::string(error.what()), "database '" + file.string() +
                                           "' is an empty SQLite database, not a Cuepoint database; it was "
                                           "left untouched");
  EXPECT_TRUE(snapshot(file) == before);
}

TEST(StoreOpenReadOnly, WritesThroughItAreRefused) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  { Store::open(file); }
  auto store = Store::open_read_only(file);
  try {
    store.save_learner({"ada", "Ada", "2026-01-01T00:00:00.000Z"});
    ADD_FAILURE() << "a read-only store wrote";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly) << error.what();
  }
  EXPECT_TRUE(store.learners().empty());
}

TEST(StoreOpenReadOnly, RefusesWhatOpenRefuses) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  { Store::open(file); }
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  EXPECT_EQ(read_only_error(file).kind(), StoreError::Kind::NewerVersion);
  const auto text = dir / "notes.txt";
  std::ofstream(text) << "not a database at all, only some words for a test";
  EXPECT_EQ(read_only_error(text).kind(), StoreError::Kind::NotOurs);
}

}  // namespace
}  // namespace cuepoint::store
