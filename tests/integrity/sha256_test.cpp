// SHA-256 of files, with and without progress reports.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "cuepoint/integrity/sha256.hpp"
#include "temp_dir.hpp"

namespace cuepoint::integrity {
namespace {

using cuepoint::testing::TempDir;
using cuepoint::testing::write_file;

TEST(Sha256Test, KnownDigests) {
  const TempDir dir("sha256");
  write_file(dir / "abc", "abc");
  write_file(dir / "empty", "");
  EXPECT_EQ(sha256_of_file(dir / "abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_of_file(dir / "empty"),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, ProgressCountsEveryByteUpToTheSize) {
  const TempDir dir("sha256");
  const std::string content(200'000, 'x');  // a few 64 KiB chunks
  write_file(dir / "big", content);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
  const std::string digest = sha256_of_file(
      dir / "big", [&](std::uint64_t done, std::uint64_t total) { reports.emplace_back(done, total); });
  EXPECT_EQ(digest, sha256_of_file(dir / "big"));
  ASSERT_EQ(reports.size(), 4U);  // 65536 * 3 + 3392
  EXPECT_EQ(reports.front(), std::make_pair(std::uint64_t{65536}, std::uint64_t{200'000}));
  EXPECT_EQ(reports.back(), std::make_pair(std::uint64_t{200'000}, std::uint64_t{200'000}));
}

TEST(Sha256Test, MissingFileIsADigestErrorNamingIt) {
  const TempDir dir("sha256");
  try {
    sha256_of_file(dir / "missing.mp4");
    FAIL() << "no error";
  } catch (const DigestError& error) {
    EXPECT_EQ(std::string(error.what()),
              "cannot open " + (dir / "missing.mp4").string() + " to compute its SHA-256");
  }
}

}  // namespace
}  // namespace cuepoint::integrity
