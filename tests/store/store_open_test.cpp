// Opening the response database: creation, migrations, and every kind of file
// that must be refused without being touched.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <fstream>

#include "as_other_user.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/migrations.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::read_file;
using testing::TempDir;
using testing::write_file;

// Runs SQL on a file with plain SQLite, as another program would.
void raw_sql(const fs::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

StoreError open_error(const fs::path& file) {
  try {
    Store::open(file);
  } catch (const StoreError& error) {
    return error;
  }
  ADD_FAILURE() << "Store::open(" << file << ") succeeded";
  return StoreError(StoreError::Kind::Other, "");
}

TEST(StoreOpen, CreatesFreshDatabaseWithLatestSchemaAndDurablePragmas) {
  TempDir dir;
  auto store = Store::open(dir / "responses.sqlite");
  EXPECT_EQ(store.schema_version(), latest_schema_version());
  EXPECT_EQ(store.database().pragma_int("application_id"), kApplicationId);
  EXPECT_EQ(store.database().pragma_int("synchronous"), 2);  // FULL
  EXPECT_EQ(store.database().pragma_int("foreign_keys"), 1);
  auto mode = store.database().prepare("PRAGMA journal_mode", "test");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
  auto tables =
      store.database().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", "t");
  std::vector<std::string> names;
  while (tables.step()) names.push_back(tables.text(0));
  EXPECT_THAT(names, ::testing::ElementsAre("attempts", "learner_settings", "learners", "lesson_locations",
                                            "lesson_sessions", "outbox", "watch_events"));
}

TEST(StoreOpen, CreatesMissingParentFoldersAndAPrivateFile) {
  TempDir dir;
  const auto file = dir / "a/b/c/responses.sqlite";
  Store::open(file);
  ASSERT_TRUE(fs::exists(file));
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}

TEST(StoreOpen, ReopeningKeepsDataAndSchema) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  {
    auto store = Store::open(file);
    testing::record_full_session(store);
  }
  auto store = Store::open(file);
  EXPECT_EQ(store.schema_version(), latest_schema_version());
  EXPECT_EQ(store.attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
  EXPECT_EQ(store.outbox_counts().pending, testing::full_session().statements());
}

TEST(StoreOpen, AcceptsAnEmptyFileAsANewDatabase) {
  TempDir dir;
  write_file(dir / "empty.sqlite", "");
  auto store = Store::open(dir / "empty.sqlite");
  EXPECT_EQ(store.schema_version(), latest_schema_version());
}

TEST(StoreOpen, RefusesADatabaseFromANewerVersionWithoutTouchingIt) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  { Store::open(file); }
  raw_sql(file, "PRAGMA user_version = 99");
  const auto before = read_file(file);
  const auto error = open_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NewerVersion);
  EXPECT_THAT(error.what(), HasSubstr(file.string()));
  EXPECT_THAT(error.what(), HasSubstr("newer Cuepoint (schema version 99"));
  EXPECT_EQ(read_file(file), before);
}

TEST(StoreOpen, RefusesAnotherProgramsSqliteFileWithoutTouchingIt) {
  TempDir dir;
  const auto file = dir / "photos.db";
  raw_sql(file,
          "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat')");
  const auto before = read_file(file);
  const auto error = open_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NotOurs);
  EXPECT_THAT(error.what(), HasSubstr(file.string()));
  EXPECT_THAT(error.what(), HasSubstr("belongs to another program"));
  EXPECT_EQ(read_file(file), before);
}

TEST(StoreOpen, RefusesAForeignApplicationIdEvenWithoutTables) {
  TempDir dir;
  const auto file = dir / "other.db";
  raw_sql(file, "PRAGMA application_id = 12345");
  const auto error = open_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NotOurs);
  EXPECT_THAT(error.what(), HasSubstr("application_id 12345"));
}

TEST(StoreOpen, RefusesAFileThatIsNotSqliteWithoutTouchingIt) {
  TempDir dir;
  const auto file = dir / "notes.txt";
  const std::string text = "Shopping list: milk, bread, eggs and a lot more text than sixteen bytes\n";
  write_file(file, text);
  const auto error = open_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::NotOurs);
  EXPECT_THAT(error.what(), HasSubstr(file.string()));
  EXPECT_THAT(error.what(), HasSubstr("not an SQLite database"));
  EXPECT_EQ(read_file(file), text);
}

TEST(StoreOpen, RefusesAFileWithAnSqliteHeaderAndGarbageAfterIt) {
  TempDir dir;
  const auto file = dir / "garbage.sqlite";
  std::string bytes("SQLite format 3\0", 16);
  bytes += std::string(4096, '\x5a');
  write_file(file, bytes);
  const auto error = open_error(file);
  EXPECT_TRUE(error.kind() == StoreError::Kind::NotOurs || error.kind() == StoreError::Kind::Corrupt)
      << error.what();
  EXPECT_THAT(error.what(), HasSubstr(file.string()));
  EXPECT_EQ(read_file(file), bytes);
}

TEST(StoreOpen, RefusesADatabaseWithDamagedPagesWithoutTouchingIt) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  {
    auto store = Store::open(file);
    testing::record_full_session(store);
    store.database().execute("PRAGMA wal_checkpoint(TRUNCATE)", "checkpoint");
  }
  auto bytes = read_file(file);
  const auto page_size = 4096u;
  ASSERT_GT(bytes.size(), 4 * page_size);
  // Scribble over the b-tree pages after the schema page.
  for (std::size_t i = page_size; i < 4 * page_size; ++i) bytes[i] = static_cast<char>(i * 7);
  write_file(file, bytes);
  const auto error = open_error(file);
  EXPECT_EQ(error.kind(), StoreError::Kind::Corrupt) << error.what();
  EXPECT_THAT(error.what(), HasSubstr(file.string()));
  EXPECT_THAT(error.what(), HasSubstr("corrupt"));
  EXPECT_EQ(read_file(file), bytes);
}

TEST(StoreOpen, RefusesAFolder) {
  TempDir dir;
  const auto error = open_error(dir.path());
  EXPECT_THAT(error.what(), HasSubstr("is a folder"));
}

TEST(StoreOpen, RefusesAReadOnlyFileAndKeepsItsData) {
  TempDir dir;
  const auto folder = dir / "shared";
  fs::create_directories(folder);
  const auto file = folder / "responses.sqlite";
  {
    auto store = Store::open(file);
    testing::record_full_session(store);
  }
  fs::permissions(folder, fs::perms::all);  // the folder stays writable for the child
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const auto outcome = testing::run_without_privileges([&](std::string& report) {
    try {
      Store::open(file);
    } catch (const StoreError& error) {
      report = error.what();
      return error.kind() == StoreError::Kind::ReadOnly ? 0 : 2;
    }
    report = "opened";
    return 1;
  });
  EXPECT_EQ(outcome.exit_code, 0) << outcome.message;
  EXPECT_THAT(outcome.message, HasSubstr(file.string()));
  EXPECT_THAT(outcome.message, HasSubstr("read-only"));
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(Store::open(file).attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
}

TEST(StoreOpen, RefusesToCreateADatabaseInAReadOnlyFolder) {
  TempDir dir;
  const auto folder = dir / "locked";
  fs::create_directories(folder);
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const auto file = folder / "responses.sqlite";
  const auto outcome = testing::run_without_privileges([&](std::string& report) {
    try {
      Store::open(file);
    } catch (const StoreError& error) {
      report = error.what();
      return error.kind() == StoreError::Kind::ReadOnly ? 0 : 2;
    }
    report = "opened";
    return 1;
  });
  EXPECT_EQ(outcome.exit_code, 0) << outcome.message;
  EXPECT_THAT(outcome.message, HasSubstr(file.string()));
  EXPECT_THAT(outcome.message, HasSubstr("ermission denied"));
  EXPECT_FALSE(fs::exists(file));
}

TEST(StoreOpen, AnExistingDatabaseInAReadOnlyFolderFailsClearlyAndKeepsItsData) {
  TempDir dir;
  const auto folder = dir / "locked";
  fs::create_directories(folder);
  const auto file = folder / "responses.sqlite";
  {
    auto store = Store::open(file);
    testing::record_full_session(store);
  }
  // The file is writable, the folder is not: SQLite cannot create its -wal and -shm files.
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read |
                            fs::perms::others_write);
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read |
                              fs::perms::others_exec);
  const auto outcome = testing::run_without_privileges([&](std::string& report) {
    try {
      auto store = Store::open(file);
      store.save_learner({"x", "x", "2026-01-01T00:00:00.000Z"});
    } catch (const StoreError& error) {
      report = error.what();
      return 0;
    }
    report = "opened and wrote";
    return 1;
  });
  EXPECT_EQ(outcome.exit_code, 0) << outcome.message;
  EXPECT_THAT(outcome.message, HasSubstr(file.string()));
  EXPECT_THAT(outcome.message, HasSubstr("its folder"));
  fs::permissions(folder, fs::perms::owner_all);
  EXPECT_EQ(Store::open(file).attempts().size(), static_cast<std::size_t>(testing::full_session().answers()));
}

TEST(DefaultDatabasePath, FollowsXdgDataHomeThenHome) {
  const auto* old_xdg = std::getenv("XDG_DATA_HOME");
  const auto* old_home = std::getenv("HOME");
  const std::string saved_xdg = old_xdg ? old_xdg : "";
  const std::string saved_home = old_home ? old_home : "";
  setenv("XDG_DATA_HOME", "/data/home", 1);
  EXPECT_EQ(default_database_path(), fs::path("/data/home/cuepoint/responses.sqlite"));
  setenv("XDG_DATA_HOME", "relative/ignored", 1);
  setenv("HOME", "/home/ada", 1);
  EXPECT_EQ(default_database_path(), fs::path("/home/ada/.local/share/cuepoint/responses.sqlite"));
  unsetenv("XDG_DATA_HOME");
  unsetenv("HOME");
  EXPECT_THROW(default_database_path(), StoreError);
  if (old_xdg) setenv("XDG_DATA_HOME", saved_xdg.c_str(), 1);
  if (old_home) setenv("HOME", saved_home.c_str(), 1);
}

}  // namespace
}  // namespace cuepoint::store
