// `cuepoint export` run as a teacher runs it: it writes where --out says and
// never over what --out names (links are followed, pipes and devices written
// directly, folders refused), leaves no half or temporary file on failure, and
// reads the database without ever writing to it.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "cuepoint/record/export.hpp"
#include "cuepoint/store/store.hpp"
#include "folder_listing.hpp"
#include "process.hpp"
#include "small_disk.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::record {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using testing::file_names_in;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::ProcessResult;
using testing::read_file;
using testing::TempDir;

class ExportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(data);
    auto store = store::Store::open(db);
    testing::record_full_session(store);
  }

  ProcessResult run_export(const std::string& out, bool without_privileges = false) {
    std::vector<std::string> args;
    // Root ignores file permissions: run as nobody so that read-only means read-only.
    if (without_privileges && geteuid() == 0) {
      args = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    }
    args.insert(args.end(), {CUEPOINT_BIN, "export", "--db", db.string(), "--format", "csv", "--out", out});
    return testing::run(args, 60);
  }

  // The export as the library writes it: what every destination must receive.
  std::string expected_csv() {
    auto store = store::Store::open_read_only(db);
    std::ostringstream out;
    export_records(store, ExportFormat::Csv, out);
    return out.str();
  }

  TempDir dir;
  fs::path data = dir / "data";
  fs::path db = data / "responses.sqlite";
};

TEST_F(ExportCli, DashWritesTheRecordsAloneToStandardOutput) {
  const auto result = run_export("-");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, expected_csv());
  EXPECT_EQ(result.err, "exported " + std::to_string(testing::full_session().statements()) +
                            " records to standard output\n");
  EXPECT_FALSE(fs::exists("-"));
}

TEST_F(ExportCli, ALinkToStandardOutputIsWrittenThroughAndStaysALink) {
  const auto link = dir / "stdout-link";
  fs::create_symlink("/dev/stdout", link);
  const auto result = run_export(link.string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, expected_csv());
  EXPECT_THAT(result.err,
              HasSubstr("exported " + std::to_string(testing::full_session().statements()) + " records"));
  ASSERT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(fs::read_symlink(link), fs::path("/dev/stdout"));
}

TEST_F(ExportCli, DevStdoutItselfStaysASymlink) {
  const fs::path dev_stdout("/dev/stdout");
  if (!fs::is_symlink(dev_stdout)) GTEST_SKIP() << "/dev/stdout is not a symbolic link here";
  const auto target = fs::read_symlink(dev_stdout);
  const auto result = run_export(dev_stdout.string());
  if (!fs::is_symlink(dev_stdout)) {  // put the machine back before failing
    fs::remove(dev_stdout);
    fs::create_symlink(target, dev_stdout);
    FAIL() << "export replaced the /dev/stdout symlink";
  }
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, expected_csv());
  EXPECT_EQ(fs::read_symlink(dev_stdout), target);
}

TEST_F(ExportCli, ALinkToARegularFileReplacesItsTargetAndKeepsTheLink) {
  const auto real = dir / "real" / "answers.csv";
  const auto link = dir / "links" / "answers.csv";
  fs::create_directories(real.parent_path());
  fs::create_directories(link.parent_path());
  std::ofstream(real) << "last week's export\n";
  fs::permissions(real, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read,
                  fs::perm_options::replace);
  fs::create_symlink("../real/answers.csv", link);
  const auto result = run_export(link.string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "exported " + std::to_string(testing::full_session().statements()) + " records to '" +
                            link.string() + "' (a link to '" +
                            (link.parent_path() / "../real/answers.csv").string() + "')\n");
  ASSERT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(fs::read_symlink(link), fs::path("../real/answers.csv"));
  EXPECT_EQ(read_file(real), expected_csv());
  EXPECT_EQ(fs::status(real).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_THAT(file_names_in(real.parent_path()), ElementsAre("answers.csv"));  // no temporary file left
  EXPECT_THAT(file_names_in(link.parent_path()), ElementsAre("answers.csv"));
}

TEST_F(ExportCli, ANewFileIsPrivateAndNoTemporaryFileIsLeft) {
  const auto out = dir / "out" / "answers.csv";
  fs::create_directories(out.parent_path());
  const auto result = run_export(out.string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "exported " + std::to_string(testing::full_session().statements()) + " records to '" +
                            out.string() + "'\n");
  EXPECT_EQ(read_file(out), expected_csv());
  EXPECT_EQ(fs::status(out).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_THAT(file_names_in(out.parent_path()), ElementsAre("answers.csv"));
}

TEST_F(ExportCli, ANamedPipeIsWrittenDirectly) {
  const auto pipe = dir / "pipe";
  ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
  // Holding a writing end ourselves, the reader neither waits for the export
  // to open the pipe nor hangs if it never does: it gets end-of-file once
  // both the export and this end are closed.
  const int keeper = ::open(pipe.c_str(), O_RDWR);
  ASSERT_GE(keeper, 0);
  std::string received;
  std::thread reader([&] { received = read_file(pipe); });
  const auto result = run_export(pipe.string());
  ::close(keeper);
  reader.join();
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(received, expected_csv());
  EXPECT_TRUE(fs::is_fifo(pipe));
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("data", "pipe"));
}

TEST_F(ExportCli, ADeviceIsWrittenDirectly) {
  const auto result = run_export("/dev/null");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_FALSE(fs::exists("/dev/null.partial"));
}

TEST_F(ExportCli, AFolderIsRefusedAndNothingIsLeftBehind) {
  const auto folder = dir / "exports";
  fs::create_directories(folder);
  const auto result = run_export(folder.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint export: '" + folder.string() + "' is a folder: give the name of a file to write\n");
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("data", "exports"));  // no exports.partial
  EXPECT_THAT(file_names_in(folder), IsEmpty());
}

TEST_F(ExportCli, AMissingFolderSaysWhatFailedWhereAndLeavesNothing) {
  const auto out = dir / "no-such-folder" / "answers.csv";
  const auto result = run_export(out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint export: cannot write '" + out.string() + "': cannot create a file in '" +
                            out.parent_path().string() + "': No such file or directory\n");
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("data"));
}

TEST_F(ExportCli, AFullDiskKeepsTheOldFileAndLeavesNoTemporaryFile) {
  testing::SmallDisk disk(dir / "disk", 64 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << disk.why_not();
  const auto out = disk.path() / "answers.csv";
  std::ofstream(out) << "last week's export\n";
  disk.fill(0);
  const auto result = run_export(out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint export: writing '" + out.string() + "' failed: No space left on device; '" +
                            out.string() + "' was left as it was\n");
  EXPECT_EQ(read_file(out), "last week's export\n");
  EXPECT_THAT(file_names_in(disk.path()), ElementsAre("answers.csv", "filler"));
}

TEST_F(ExportCli, TheDatabaseItselfIsNeverOverwritten) {
  const auto before = read_file(db);
  const auto result = run_export(db.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint export: '" + db.string() +
                            "' is the response database itself: choose another file for the export\n");
  EXPECT_EQ(read_file(db), before);
}

TEST_F(ExportCli, AReadOnlyDatabaseInAReadOnlyFolderExportsAndStaysUntouched) {
  const auto out_folder = dir / "out";
  fs::create_directories(out_folder);
  fs::permissions(out_folder, fs::perms::all);
  const auto expected = expected_csv();
  fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(data, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const auto bytes = read_file(db);
  const auto modified = fs::last_write_time(db);
  const auto result = run_export((out_folder / "answers.csv").string(), /*without_privileges=*/true);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_file(out_folder / "answers.csv"), expected);
  EXPECT_EQ(read_file(db), bytes);
  EXPECT_EQ(fs::last_write_time(db), modified);
  EXPECT_THAT(file_names_in(data), ElementsAre("responses.sqlite"));  // no -wal, -shm or -journal
}

TEST_F(ExportCli, AnEmptyDatabaseFileIsRefusedAndLeftEmpty) {
  fs::remove(db);
  std::ofstream(db) << "";
  const auto modified = fs::last_write_time(db);
  const auto out = dir / "answers.csv";
  const auto result = run_export(out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint export: database '" + db.string() +
                            "' is empty, not a Cuepoint database; it was left untouched\n");
  EXPECT_EQ(fs::file_size(db), 0u);
  EXPECT_EQ(fs::last_write_time(db), modified);
  EXPECT_THAT(file_names_in(data), ElementsAre("responses.sqlite"));
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(ExportCli, AMissingDatabaseIsNotCreated) {
  const auto missing = dir / "nothing-here.sqlite";
  const auto result = testing::run({CUEPOINT_BIN, "export", "--db", missing.string(), "--format", "csv",
                                    "--out", (dir / "answers.csv").string()},
                                   60);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint export: no response database at '" + missing.string() + "'\n");
  EXPECT_THAT(file_names_in(dir.path()), ElementsAre("data"));
}

}  // namespace
}  // namespace cuepoint::record
