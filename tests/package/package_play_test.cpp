// Packing the committed sample, verifying it, unpacking it, and playing the
// package headless in place: the same events and the same cue frames as the
// unpacked lesson folder.
#include <gtest/gtest.h>

#include "folder_listing.hpp"
#include "package_fixture.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
TEST(PackagePlay, PackVerifyUnpackAndPlayInPlaceLikeTheFolder) {
  TempDir dir("package-play");
  const fs::path package = dir / "intro.cuepoint";
  const ProcessResult packed = author({"pack", kSample.string(), "-o", package.string()});
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
  EXPECT_NE(packed.out.find("packed 4 files"), std::string::npos) << packed.out;
  EXPECT_EQ(file_names_in(dir.path()), std::vector<std::string>{"intro.cuepoint"})
      << "no temporary file left";

  const ProcessResult verified = author({"verify", package.string()});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_NE(verified.out.find("intact and valid"), std::string::npos) << verified.out;
  // validate opens the video and reads every captions track from the package.
  const ProcessResult validated = author({"validate", package.string()});
  EXPECT_EQ(validated.exit_code, 0) << validated.err;
  EXPECT_NE(validated.out.find("valid"), std::string::npos) << validated.out;

  // The video is stored: its bytes lie in the package unchanged.
  const std::string video = read_file(kSample / "lecture.mp4");
  EXPECT_NE(read_file(package).find(video), std::string::npos);

  const ProcessResult unpacked = author({"unpack", package.string(), "-o", (dir / "unpacked").string()});
  ASSERT_EQ(unpacked.exit_code, 0) << unpacked.err;
  EXPECT_EQ(tree_of(dir / "unpacked"),
            (std::vector<std::string>{"captions.en.vtt", "captions.es.vtt", "lecture.mp4", "lesson.xml",
                                      "manifest.json"}));
  for (const char* name : {"lesson.xml", "lecture.mp4", "captions.en.vtt", "captions.es.vtt"})
    EXPECT_EQ(read_file(dir / "unpacked" / name), read_file(kSample / name)) << name;

  const PlayedRun from_folder = play_headless(kSample, kSample / "answers.json", dir / "folder-run");
  const PlayedRun from_package = play_headless(package, kSample / "answers.json", dir / "package-run");
  ASSERT_FALSE(from_folder.events.empty());
  EXPECT_EQ(from_package.events, from_folder.events);
  const auto frames = file_names_in(from_folder.frames);
  ASSERT_FALSE(frames.empty());
  EXPECT_EQ(file_names_in(from_package.frames), frames);
  for (const auto& frame : frames)
    EXPECT_EQ(read_file(from_package.frames / frame), read_file(from_folder.frames / frame)) << frame;
}

}  // namespace
}  // namespace cuepoint::testing
