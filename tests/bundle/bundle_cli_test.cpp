// `cuepoint export --bundle` and `cuepoint-author collect` as a teacher runs them:
// what they write and say, and every bad input refused with the file named, a
// non-zero status and nothing of a refused bundle added.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

#include "bundle_text.hpp"
#include "process.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

ProcessResult cuepoint(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), CUEPOINT_BIN);
  return run(arguments);
}
ProcessResult collect(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {CUEPOINT_AUTHOR_BIN, "collect"});
  return run(arguments);
}

class BundleCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto device = store::Store::open(device_db_);
    record_full_session(device);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  int statements_in(const std::string& db) {
    return store::Store::open_read_only(db).outbox_counts().total();
  }

  TempDir dir_;
  std::filesystem::path device_db_ = dir_ / "device.sqlite";
  int recorded_ = full_session().statements();
};

TEST_F(BundleCli, ExportWritesTheBundleAndSaysWhatIsInIt) {
  const auto exported = cuepoint({"export", "--db", device_db_.string(), "--bundle", path("t.cpbundle")});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out, "wrote a bundle of 1 learners, 1 sessions, " +
                              std::to_string(full_session().answers()) + " answers, " +
                              std::to_string(full_session().watch_events()) + " watch events and " +
                              std::to_string(recorded_) + " statements (0 already uploaded) to '" +
                              path("t.cpbundle") + "'\n");
  EXPECT_THAT(read_file(dir_ / "t.cpbundle"), StartsWith("{\"created_utc\":"));
  // Standard output then carries the bundle alone.
  const auto to_stdout = cuepoint({"export", "--db", device_db_.string(), "--bundle", "-"});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_THAT(to_stdout.err, HasSubstr("to standard output"));
  EXPECT_EQ(lines_of(to_stdout.out).size(), lines_of(read_file(dir_ / "t.cpbundle")).size());
}

TEST_F(BundleCli, ExportUsageErrors) {
  const auto both =
      cuepoint({"export", "--db", device_db_.string(), "--bundle", path("t"), "--format", "csv"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_THAT(both.err, HasSubstr("--format excludes --bundle"));
  const auto neither = cuepoint({"export", "--db", device_db_.string()});
  EXPECT_EQ(neither.exit_code, 2);
  EXPECT_THAT(neither.err, HasSubstr("give --format and --out, or --bundle FILE"));
}

TEST_F(BundleCli, ExportNeverOverwritesTheDatabaseNorCreatesOne) {
  const auto itself = cuepoint({"export", "--db", device_db_.string(), "--bundle", device_db_.string()});
  EXPECT_EQ(itself.exit_code, 1);
  EXPECT_THAT(itself.err, HasSubstr("is the response database itself"));
  EXPECT_EQ(statements_in(device_db_.string()), recorded_);
  const auto missing = cuepoint({"export", "--db", path("none.sqlite"), "--bundle", path("t.cpbundle")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("no response database at"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "none.sqlite"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "t.cpbundle"));
}

TEST_F(BundleCli, CollectTwiceAddsNothingTheSecondTime) {
  ASSERT_EQ(cuepoint({"export", "--db", device_db_.string(), "--bundle", path("t.cpbundle")}).exit_code, 0);
  const auto first = collect({path("t.cpbundle"), "--db", path("class.sqlite")});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out,
              HasSubstr("): added 1 learners, 1 sessions, " + std::to_string(full_session().answers()) +
                        " answers, " + std::to_string(full_session().watch_events()) + " watch events, " +
                        std::to_string(recorded_) + " statements; already present: 0"));
  EXPECT_THAT(first.out, HasSubstr("collected 1 of 1 bundles into '" + path("class.sqlite") +
                                   "': " + std::to_string(recorded_) + " statements to upload"));
  const auto second = collect({path("t.cpbundle"), path("t.cpbundle"), "--db", path("class.sqlite")});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("added 0 learners, 0 sessions, 0 answers, 0 watch events, 0 statements; "
                                    "already present: 1 learners, 1 sessions"));
  EXPECT_EQ(statements_in(path("class.sqlite")), recorded_);
}

TEST_F(BundleCli, ADamagedBundleIsRefusedAndTheOthersAreCollected) {
  ASSERT_EQ(cuepoint({"export", "--db", device_db_.string(), "--bundle", path("good.cpbundle")}).exit_code,
            0);
  std::string text = read_file(dir_ / "good.cpbundle");
  write_file(dir_ / "cut.cpbundle", text.substr(0, text.size() / 2));
  text[text.find("\"cue_id\":\"") + 10] ^= 1;
  write_file(dir_ / "damaged.cpbundle", text);
  std::filesystem::create_directory(dir_ / "folder.cpbundle");
  // A named pipe nobody writes to: refused by its kind, without blocking.
  ASSERT_EQ(::mkfifo((dir_ / "pipe.cpbundle").c_str(), 0600), 0);

  const auto result = collect({path("cut.cpbundle"), path("damaged.cpbundle"), path("missing.cpbundle"),
                               path("folder.cpbundle"), path("pipe.cpbundle"), path("good.cpbundle"), "--db",
                               path("class.sqlite")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("collect: " + path("cut.cpbundle") + ": error: is truncated: line "));
  EXPECT_THAT(result.err, HasSubstr("collect: " + path("damaged.cpbundle") +
                                    ": error: is damaged: its SHA-256 does not match its content"));
  EXPECT_THAT(result.err,
              HasSubstr(path("missing.cpbundle") + ": error: no such file; nothing of it was added"));
  EXPECT_THAT(result.err, HasSubstr(path("folder.cpbundle") + ": error: is a folder, not an answers bundle"));
  EXPECT_THAT(result.err,
              HasSubstr(path("pipe.cpbundle") + ": error: is not a regular file, not an answers bundle"));
  EXPECT_THAT(result.err, HasSubstr("5 of 6 bundles were refused (see above); the others were collected"));
  EXPECT_THAT(result.out, HasSubstr("collected 1 of 6 bundles"));
  EXPECT_EQ(statements_in(path("class.sqlite")), recorded_);
}

TEST_F(BundleCli, ANewerBundleIsRefusedWithAHint) {
  auto device = store::Store::open_read_only(device_db_);
  auto bundle_lines = lines_of(bundle_of(device));
  const auto at = bundle_lines[0].find("\"version\":1");
  ASSERT_NE(at, std::string::npos);
  bundle_lines[0].replace(at, 11, "\"version\":7");
  write_file(dir_ / "new.cpbundle", sealed(bundle_lines));
  const auto result = collect({path("new.cpbundle"), "--db", path("class.sqlite")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err,
              HasSubstr(path("new.cpbundle") +
                        ": error: was written by a newer Cuepoint (bundle version 7, this program "
                        "reads 1): update Cuepoint; nothing of it was added"));
  EXPECT_EQ(statements_in(path("class.sqlite")), 0);
}

TEST_F(BundleCli, CollectRefusesTheDatabaseAsABundleAndAForeignDatabase) {
  const auto itself = collect({path("class.sqlite"), "--db", path("class.sqlite")});
  EXPECT_EQ(itself.exit_code, 1);
  EXPECT_THAT(itself.err, HasSubstr("is the database collected into, not a bundle"));
  write_file(dir_ / "notes.txt", "my notes\n");
  ASSERT_EQ(cuepoint({"export", "--db", device_db_.string(), "--bundle", path("t.cpbundle")}).exit_code, 0);
  const auto foreign = collect({path("t.cpbundle"), "--db", path("notes.txt")});
  EXPECT_EQ(foreign.exit_code, 1);
  EXPECT_THAT(foreign.err, HasSubstr("is not an SQLite database"));
  EXPECT_EQ(read_file(dir_ / "notes.txt"), "my notes\n");
}

TEST_F(BundleCli, CollectUsageErrors) {
  EXPECT_EQ(collect({path("t.cpbundle")}).exit_code, 2);
  EXPECT_EQ(collect({"--db", path("class.sqlite")}).exit_code, 2);
  const auto empty = collect({path("t.cpbundle"), "--db", ""});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_THAT(empty.err, HasSubstr("--db: is empty"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "class.sqlite"));
  for (const auto& help : {collect({"--help"}), cuepoint({"export", "--help"})}) {
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_THAT(help.out, HasSubstr("Example"));
    EXPECT_THAT(help.out, HasSubstr("Exit status: 0"));
  }
}

}  // namespace
}  // namespace cuepoint::testing
