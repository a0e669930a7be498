// Messages for databases that carry our mark but no usable schema version, and
// for a disk that is full when the database is opened: each says what is wrong
// in words a teacher can act on, and the file is left as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "cuepoint/store/store.hpp"
#include "small_disk.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;

// Runs SQL with plain SQLite, as a damaged tool or a half-finished restore would.
std::int64_t raw_sql(const fs::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  std::int64_t value = 0;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    value = sqlite3_column_int64(statement, 0);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

std::string refusal(const std::function<void()>& open, StoreError::Kind expected) {
  try {
    open();
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), expected) << error.what();
    return error.what();
  }
  return "opened";
}

class DamagedVersion : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      auto store = Store::open(file);
      testing::record_full_session(store);
    }
    objects = raw_sql(file, "SELECT count(*) FROM sqlite_schema");
  }
  void expect_refused_untouched(const std::string& message) {
    const auto before = read_file(file);
    EXPECT_EQ(refusal([&] { Store::open(file); }, StoreError::Kind::Corrupt), message);
    EXPECT_EQ(refusal([&] { Store::open_read_only(file); }, StoreError::Kind::Corrupt), message);
    EXPECT_EQ(read_file(file), before);
  }
  TempDir dir;
  fs::path file = dir / "responses.sqlite";
  std::int64_t objects = 0;
};

TEST_F(DamagedVersion, OurMarkWithTablesButVersionZeroIsDamagedNotATableClash) {
  raw_sql(file, "PRAGMA user_version = 0");
  expect_refused_untouched(
      "database '" + file.string() + "' is damaged: it is marked as Cuepoint's and holds " +
      std::to_string(objects) +
      " schema objects but no schema version (0); it was left untouched: restore a backup "
      "or move it away");
}

TEST_F(DamagedVersion, ANegativeVersionIsUnknown) {
  raw_sql(file, "PRAGMA user_version = -1");
  expect_refused_untouched("database '" + file.string() +
                           "' is damaged: its schema version -1 is unknown; it was left untouched: restore a "
                           "backup or move it away");
}

// With 16 KiB free SQLite cannot even create the -shm file it needs to read a
// WAL database; that is a full disk, not "input/output error".
TEST(FullDisk, OpeningADatabaseOnAFullDiskSaysSo) {
  TempDir dir;
  testing::SmallDisk disk(dir / "disk", 1024 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << disk.why_not();
  const auto file = disk.path() / "responses.sqlite";
  {
    auto store = Store::open(file);
    testing::record_full_session(store);
  }
  disk.fill(16 * 1024);
  const auto before = read_file(file);
  const std::string message = "no space left on the device holding '" + file.string() +
                              "' (disk full while reading application_id); free some space and try again — "
                              "data saved before is kept";
  EXPECT_EQ(refusal([&] { Store::open(file); }, StoreError::Kind::DiskFull), message);
  EXPECT_EQ(read_file(file), before);
  disk.make_room();
  EXPECT_EQ(Store::open(file).attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
}

TEST(FullDisk, CreatingADatabaseOnAFullDiskSaysSoAndLeavesNoSchemaHalfWritten) {
  TempDir dir;
  testing::SmallDisk disk(dir / "disk", 1024 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << disk.why_not();
  disk.fill(0);
  const auto file = disk.path() / "responses.sqlite";
  std::string message;
  try {
    Store::open(file);
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::DiskFull) << error.what();
    message = error.what();
  }
  // SQLite reports a write that found no space as SQLITE_FULL (and clears errno).
  EXPECT_EQ(message,
            "database '" + file.string() +
                "': disk full while switching to write-ahead logging; free some space and try again — "
                "data saved before is kept (database or disk is full)");
  disk.make_room();
  auto store = Store::open(file);
  EXPECT_EQ(store.attempts().size(), 0u);
}

}  // namespace
}  // namespace cuepoint::store
