// Hostile packages generated at test time: each is refused by unpack, validate and
// the player with a message saying what is wrong, and nothing is written anywhere
// (no target folder, no staging folder, nothing beside or above it).
#include <gtest/gtest.h>

#include "folder_listing.hpp"
#include "package_fixture.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

const char* const kManifest = R"({"format": "cuepoint-package", "version": 1, "files": []})";

struct Hostile {
  std::string label;
  std::vector<ZipEntry> entries;
  std::string expected;  // in every refusal
};

std::vector<Hostile> corpus() {
  const ZipEntry manifest{"manifest.json", kManifest, {}};
  const ZipEntry lesson{"lesson.xml", "<lesson/>", {}};
  std::vector<ZipEntry> many{manifest, lesson};
  for (int i = 0; i < 1001; ++i) many.push_back({"f" + std::to_string(i), "x", {}});
  return {
      {"zip-slip",
       {manifest, lesson, {"../escaped.txt", "pwned", {}}},
       "entry '../escaped.txt' leaves the package"},
      {"deep zip-slip",
       {manifest, lesson, {"media/../../../escaped.txt", "pwned", {}}},
       "leaves the package"},
      {"absolute name",
       {manifest, lesson, {"/tmp/cuepoint-escaped.txt", "pwned", {}}},
       "has an absolute name"},
      {"symlink", {manifest, lesson, {"lecture.mp4", {}, "/etc/passwd"}}, "entry 'lecture.mp4' is a link"},
      {"duplicate", {manifest, lesson, {"lesson.xml", "<other/>", {}}}, "entry 'lesson.xml' appears twice"},
      {"case twins", {manifest, lesson, {"Lesson.XML", "<other/>", {}}}, "differs only in case"},
      // libarchive reads '\\' as '/', so this is a zip-slip too.
      {"backslash", {manifest, lesson, {"..\\escaped.txt", "x", {}}}, "leaves the package folder"},
      {"zip bomb",
       {manifest, lesson, {"bomb.bin", std::string(std::size_t{64} << 20, '\0'), {}}},
       "(a zip bomb?)"},
      {"too many entries", many, "more than 1000 entries"},
      {"no manifest", {lesson}, "it has no manifest.json"},
  };
}

TEST(HostilePackage, EachIsRefusedByUnpackValidateAndThePlayerWritingNothing) {
  for (const Hostile& hostile : corpus()) {
    SCOPED_TRACE(hostile.label);
    TempDir dir("hostile-package");
    const fs::path package = dir / "hostile.cuepoint";
    write_zip(package, hostile.entries);
    const fs::path target = dir / "out" / "lesson";
    fs::create_directories(target.parent_path());

    const ProcessResult unpacked = author({"unpack", package.string(), "-o", target.string()});
    EXPECT_EQ(unpacked.exit_code, 1);
    EXPECT_NE(unpacked.err.find(hostile.expected), std::string::npos) << unpacked.err;
    EXPECT_EQ(file_names_in(dir.path()), (std::vector<std::string>{"hostile.cuepoint", "out"}));
    EXPECT_TRUE(file_names_in(dir / "out").empty()) << "nothing may be written";
    EXPECT_FALSE(fs::exists("/tmp/cuepoint-escaped.txt"));

    const ProcessResult validated = author({"validate", package.string()});
    EXPECT_EQ(validated.exit_code, 1);
    EXPECT_NE(validated.err.find(hostile.expected), std::string::npos) << validated.err;
    const ProcessResult played =
        player({package.string(), "--headless", "--db", (dir / "db.sqlite").string()});
    EXPECT_EQ(played.exit_code, 1);
    EXPECT_NE(played.err.find(hostile.expected), std::string::npos) << played.err;
  }
}

TEST(HostilePackage, UnpackNeverWritesIntoAnExistingFolder) {
  TempDir dir("unpack-existing");
  const fs::path package = dir / "intro.cuepoint";
  pack_sample(package);
  fs::create_directories(dir / "existing");
  write_file(dir / "existing" / "lesson.xml", "mine");
  const ProcessResult unpacked = author({"unpack", package.string(), "-o", (dir / "existing").string()});
  EXPECT_EQ(unpacked.exit_code, 1);
  EXPECT_NE(unpacked.err.find("already exists"), std::string::npos) << unpacked.err;
  EXPECT_EQ(read_file(dir / "existing" / "lesson.xml"), "mine");
}

}  // namespace
}  // namespace cuepoint::testing
