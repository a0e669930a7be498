// Each kind of damage a package can suffer on a USB stick, detected by `verify`
// and by the player before anything plays, naming the damaged file: a changed
// byte in the video, a missing file, an altered manifest, a truncated zip.
#include <gtest/gtest.h>

#include <fstream>

#include "package_fixture.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

class PackageDamage : public ::testing::Test {
 protected:
  void SetUp() override { pack_sample(package_); }

  // verify and the player both refuse the package with status 1, saying `expected`.
  void expect_refused(const std::string& expected) {
    const ProcessResult verified = author({"verify", package_.string()});
    EXPECT_EQ(verified.exit_code, 1) << verified.out;
    EXPECT_NE(verified.err.find(expected), std::string::npos) << verified.err;
    const ProcessResult played =
        player({package_.string(), "--headless", "--db", (dir_ / "db.sqlite").string()});
    EXPECT_EQ(played.exit_code, 1) << played.out;
    EXPECT_NE(played.err.find(expected), std::string::npos) << played.err;
    EXPECT_EQ(played.out.find("cue"), std::string::npos) << "nothing may play: " << played.out;
  }

  // Rewrites the package from `entries` (libarchive's writer, as a tool would).
  void rewrite(const std::vector<ZipEntry>& entries) {
    fs::remove(package_);
    write_zip(package_, entries);
  }

  TempDir dir_{"package-damage"};
  fs::path package_ = dir_ / "intro.cuepoint";
};

TEST_F(PackageDamage, AChangedByteInTheVideoIsNamed) {
  std::string bytes = read_file(package_);
  const std::string video = read_file(kSample / "lecture.mp4");
  const std::size_t at = bytes.find(video.substr(video.size() / 2, 64));
  ASSERT_NE(at, std::string::npos);
  bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
  write_file(package_, bytes);
  expect_refused("intro.cuepoint/lecture.mp4: damaged: its SHA-256 is");
}

TEST_F(PackageDamage, AMissingFileIsNamed) {
  auto entries = read_zip(package_);
  std::erase_if(entries, [](const ZipEntry& entry) { return entry.name == "captions.es.vtt"; });
  rewrite(entries);
  expect_refused("intro.cuepoint/captions.es.vtt: missing (the manifest lists it");
}

TEST_F(PackageDamage, AnAlteredManifestIsNamed) {
  auto entries = read_zip(package_);
  for (auto& entry : entries) {
    if (entry.name != "manifest.json") continue;
    const std::string size = "\"size\": " + std::to_string(fs::file_size(kSample / "captions.en.vtt"));
    const std::size_t at = entry.data.find(size);
    ASSERT_NE(at, std::string::npos) << entry.data;
    entry.data.replace(at, size.size(), "\"size\": 12");
  }
  rewrite(entries);
  expect_refused("intro.cuepoint/captions.en.vtt: is " +
                 std::to_string(fs::file_size(kSample / "captions.en.vtt")) + " bytes, the manifest says 12");
}

TEST_F(PackageDamage, AnAlteredHashInTheManifestIsNamed) {
  auto entries = read_zip(package_);
  for (auto& entry : entries) {
    if (entry.name != "manifest.json") continue;
    const std::size_t at = entry.data.find("\"sha256\": \"");
    ASSERT_NE(at, std::string::npos);
    char& digit = entry.data[at + 11];
    digit = digit == '0' ? '1' : '0';
  }
  rewrite(entries);
  // The first file listed is lesson.xml.
  expect_refused("intro.cuepoint/lesson.xml: damaged");
}

TEST_F(PackageDamage, ATruncatedZipIsRefused) {
  const std::string bytes = read_file(package_);
  for (const std::size_t keep : {bytes.size() - 10, bytes.size() / 2, std::size_t{100}}) {
    write_file(package_, bytes.substr(0, keep));
    expect_refused("intro.cuepoint: damaged package");
  }
}

TEST_F(PackageDamage, NotAZipIsRefused) {
  write_file(package_, "this is not a zip file\n");
  expect_refused("intro.cuepoint: not a readable package");
}

}  // namespace
}  // namespace cuepoint::testing
