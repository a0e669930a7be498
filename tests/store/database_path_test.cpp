// What a --db path may name: a regular file (also through a link) or nothing
// yet. Pipes, devices, sockets, folders and an empty path are refused with one
// line naming what they are, without ever being opened.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <future>

#include "cuepoint/store/database_path.hpp"
#include "cuepoint/store/store.hpp"
#include "folder_listing.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

namespace fs = std::filesystem;
using testing::file_names_in;
using ::testing::HasSubstr;
using testing::TempDir;

std::string refusal(const fs::path& path) {
  try {
    check_database_path(path);
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::NotAFile) << error.what();
    return error.what();
  }
  return "accepted";
}

TEST(DatabasePath, AcceptsARegularFileALinkToOneAndAMissingFile) {
  TempDir dir;
  std::ofstream(dir / "db.sqlite") << "";
  fs::create_symlink(dir / "db.sqlite", dir / "link.sqlite");
  EXPECT_EQ(refusal(dir / "db.sqlite"), "accepted");
  EXPECT_EQ(refusal(dir / "link.sqlite"), "accepted");
  EXPECT_EQ(refusal(dir / "new.sqlite"), "accepted");
}

TEST(DatabasePath, RefusesAnEmptyPath) {
  EXPECT_EQ(refusal(""), "the database path is empty: give a database file");
}

TEST(DatabasePath, NamesWhatANonFileIs) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0) << std::strerror(errno);
  EXPECT_EQ(refusal(dir / "fifo"), "'" + (dir / "fifo").string() + "' is a named pipe, not a database file");
  EXPECT_EQ(refusal("/dev/null"), "'/dev/null' is a character device, not a database file");
  fs::create_directories(dir / "folder");
  EXPECT_EQ(refusal(dir / "folder"), "'" + (dir / "folder").string() + "' is a folder, not a database file");
  fs::create_symlink("/dev/null", dir / "null-link");
  EXPECT_EQ(refusal(dir / "null-link"),
            "'" + (dir / "null-link").string() + "' is a character device, not a database file");
}

TEST(DatabasePath, RefusesASocket) {
  TempDir dir;
  const auto path = dir / "s.sock";
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.string().size(), sizeof(address.sun_path));
  std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
  ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)), 0)
      << std::strerror(errno);
  EXPECT_EQ(refusal(path), "'" + path.string() + "' is a socket, not a database file");
  ::close(fd);
}

TEST(DatabasePath, RefusesALinkToNothing) {
  TempDir dir;
  fs::create_symlink(dir / "gone.sqlite", dir / "dangling.sqlite");
  EXPECT_THAT(
      refusal(dir / "dangling.sqlite"),
      HasSubstr("is a symbolic link to '" + (dir / "gone.sqlite").string() + "', which does not exist"));
}

// Opening a pipe blocks until a writer comes: the store must refuse it before
// anything opens it. If it ever blocks, the test opens the writing end itself
// so the opener wakes up, and fails instead of hanging.
void expect_refused_without_opening(const std::function<void(const fs::path&)>& open) {
  TempDir dir;
  const auto fifo = dir / "answers.sqlite";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  auto attempt = std::async(std::launch::async, [&] {
    try {
      open(fifo);
    } catch (const StoreError& error) {
      return std::string(error.what());
    }
    return std::string("opened");
  });
  if (attempt.wait_for(std::chrono::seconds(5)) == std::future_status::timeout) {
    std::ofstream(fifo) << "";  // wakes the blocked reader
    ADD_FAILURE() << "opening a named pipe as the database blocked";
  }
  EXPECT_EQ(attempt.get(), "'" + fifo.string() + "' is a named pipe, not a database file");
  EXPECT_THAT(file_names_in(dir.path()), ::testing::ElementsAre("answers.sqlite"));  // no -journal, no -wal
}

TEST(DatabasePath, StoreOpenRefusesANamedPipeWithoutBlocking) {
  expect_refused_without_opening([](const fs::path& path) { Store::open(path); });
}

TEST(DatabasePath, StoreOpenReadOnlyRefusesANamedPipeWithoutBlocking) {
  expect_refused_without_opening([](const fs::path& path) { Store::open_read_only(path); });
}

TEST(DatabasePath, StoreOpenFollowsALinkToARegularDatabase) {
  TempDir dir;
  { Store::open(dir / "real.sqlite"); }
  fs::create_symlink(dir / "real.sqlite", dir / "link.sqlite");
  auto store = Store::open(dir / "link.sqlite");
  testing::record_full_session(store);
  EXPECT_TRUE(fs::is_symlink(dir / "link.sqlite"));
  EXPECT_EQ(Store::open(dir / "real.sqlite").attempts().size(),
            static_cast<std::size_t>(testing::full_session().answers()));
}

}  // namespace
}  // namespace cuepoint::store
