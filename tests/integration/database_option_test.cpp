// --db in every command that takes it (`cuepoint LESSON --headless`, `upload`,
// `export`): an empty path is a usage error; a named pipe, device or folder is
// refused with one line naming what it is, at once (a pipe used to hang for
// ever) and without creating anything (a device used to get a -journal).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>

#include "folder_listing.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="db-option" version="1" xml:lang="en">
  <title>Database option</title>
  <video src="clip.mp4"/>
  <cue id="aside" at="0.5" pause="false" required="false">
    <question type="note"><prompt>Just a note.</prompt></question>
  </cue>
</lesson>
)";

struct Command {
  std::string name;
  int database_error_status;  // what the command documents for a database it cannot use
};

class DatabaseOption : public ::testing::TestWithParam<Command> {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("db-option");
    run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "libx264",
                  (*dir_ / "clip.mp4").string()});
    write_file(*dir_ / "lesson.xml", kLesson);
    // Whatever goes wrong, the device's own database must not be touched: point it here.
    setenv("XDG_DATA_HOME", (*dir_ / "xdg").c_str(), 1);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  void SetUp() override { fs::create_directories(folder); }

  ProcessResult run_with_db(const std::string& database) {
    const auto& command = GetParam().name;
    std::vector<std::string> args{CUEPOINT_BIN};
    if (command == "headless") {
      args.insert(args.end(), {(*dir_ / "lesson.xml").string(), "--headless", "--quiet"});
    } else if (command == "upload") {
      args.insert(args.end(), {"upload", "--endpoint", "http://127.0.0.1:9/xapi", "--user", "key",
                               "--password", "secret"});
    } else {
      args.insert(args.end(), {"export", "--format", "csv", "--out", (*dir_ / "out.csv").string()});
    }
    args.insert(args.end(), {"--db", database});
    const auto started = std::chrono::steady_clock::now();
    auto result = run(args, 20);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }

  void expect_refused(const ProcessResult& result, const std::string& line) {
    EXPECT_EQ(result.signal, 0) << "killed after " << seconds << " s: it hung";
    EXPECT_LT(seconds, 10.0);
    EXPECT_EQ(result.exit_code, GetParam().database_error_status) << result.err;
    EXPECT_THAT(result.err, HasSubstr(line));
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_FALSE(fs::exists(*dir_ / "out.csv"));
    EXPECT_FALSE(fs::exists(*dir_ / "xdg"));
  }

  static std::unique_ptr<TempDir> dir_;
  // A folder of its own for each test, so each sees only what it made.
  fs::path folder = *dir_ / ::testing::UnitTest::GetInstance()->current_test_info()->name();
  double seconds = 0;
};

std::unique_ptr<TempDir> DatabaseOption::dir_;

TEST_P(DatabaseOption, ANamedPipeIsRefusedAtOnceAndNothingIsCreated) {
  const auto fifo = folder / "fifo.sqlite";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto result = run_with_db(fifo.string());
  expect_refused(result, "'" + fifo.string() + "' is a named pipe, not a database file");
  EXPECT_THAT(file_names_in(folder), ElementsAre("fifo.sqlite"));  // no -journal, -wal or -shm
  EXPECT_TRUE(fs::is_fifo(fifo));
}

TEST_P(DatabaseOption, ACharacterDeviceIsRefusedAndGetsNoJournal) {
  const auto link = folder / "null.sqlite";
  fs::create_symlink("/dev/null", link);
  const auto result = run_with_db(link.string());
  expect_refused(result, "'" + link.string() + "' is a character device, not a database file");
  EXPECT_THAT(file_names_in(folder), ElementsAre("null.sqlite"));
  EXPECT_FALSE(fs::exists("/dev/null-journal"));
}

TEST_P(DatabaseOption, AFolderIsRefused) {
  const auto result = run_with_db(folder.string());
  expect_refused(result, "'" + folder.string() + "' is a folder, not a database file");
  EXPECT_THAT(file_names_in(folder), IsEmpty());
}

TEST_P(DatabaseOption, AnEmptyPathIsAUsageError) {
  const auto result = run_with_db("");
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_THAT(
      result.err,
      HasSubstr("--db: is empty: give a database file, or leave --db out to use the device's database"));
  EXPECT_FALSE(fs::exists(*dir_ / "xdg"));  // the device's database was not used instead
}

INSTANTIATE_TEST_SUITE_P(EveryCommand, DatabaseOption,
                         ::testing::Values(Command{"headless", 1}, Command{"upload", 4},
                                           Command{"export", 1}),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace cuepoint::testing
