// Hostile lessons generated at test time: media that is not a plain local file
// inside the lesson (URLs, FFmpeg protocol syntax, paths outside the folder, an
// HLS playlist, an ffconcat list or an image posing as video.mp4) and XML with
// entities. validate and the player refuse each with a clear message, and nothing
// outside the lesson is read.
#include <gtest/gtest.h>

#include "cuepoint/integrity/sha256_stream.hpp"
#include "package_fixture.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

std::string lesson_with_video(const std::string& src) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="hostile" version="1" xml:lang="en">
  <title>Hostile</title>
  <video src=")" +
         src + R"("/>
  <cue id="q" at="0.5"><question type="note"><prompt>Hi</prompt></question></cue>
</lesson>
)";
}

class HostileMedia : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("hostile-media");
    // A real clip outside every lesson folder: what a playlist would try to reach.
    fs::create_directories(dir_->path() / "outside");
    run_or_throw({FFMPEG_EXECUTABLE, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc=duration=1:size=64x48:rate=10", "-pix_fmt", "yuv420p",
                  (dir_->path() / "outside" / "clip.mp4").string()});
    run_or_throw({FFMPEG_EXECUTABLE, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc=size=64x48", "-frames:v", "1", (dir_->path() / "outside" / "frame.png").string()});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static fs::path outside(const std::string& name) { return dir_->path() / "outside" / name; }

  // A lesson folder holding lesson.xml with `src` and, when given, `video_bytes` as video.mp4.
  static fs::path make_lesson(const std::string& name, const std::string& src,
                              const std::string& video_bytes = {}) {
    const fs::path folder = dir_->path() / name;
    write_file(folder / "lesson.xml", lesson_with_video(src));
    if (!video_bytes.empty()) write_file(folder / "video.mp4", video_bytes);
    return folder;
  }

  static void expect_refused(const fs::path& lesson, const std::string& expected) {
    const ProcessResult validated = author({"validate", lesson.string()});
    EXPECT_EQ(validated.exit_code, 1) << validated.out;
    EXPECT_NE(validated.err.find(expected), std::string::npos) << validated.err;
    const ProcessResult played =
        player({lesson.string(), "--headless", "--db", (dir_->path() / "db.sqlite").string()});
    EXPECT_EQ(played.exit_code, 1) << played.out;
    EXPECT_NE(played.err.find(expected), std::string::npos) << played.err;
  }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> HostileMedia::dir_;

TEST_F(HostileMedia, UrlsAndProtocolSyntaxAreNotFiles) {
  expect_refused(make_lesson("http", "http://example.com/video.mp4"), "names a protocol or scheme ('http:')");
  expect_refused(
      make_lesson("concat", "concat:" + outside("clip.mp4").string() + "|" + outside("clip.mp4").string()),
      "names a protocol or scheme ('concat:')");
  expect_refused(make_lesson("subfile", "subfile,,start,0,end,0,,:" + outside("clip.mp4").string()),
                 "names a protocol or scheme ('subfile,,start,0,end,0,,:')");
  expect_refused(make_lesson("file-url", "file:" + outside("clip.mp4").string()),
                 "names a protocol or scheme ('file:')");
}

TEST_F(HostileMedia, PathsOutsideTheLessonAreRefused) {
  expect_refused(make_lesson("passwd", "../../../../../../etc/passwd"), "leaves the lesson's folder ('..')");
  expect_refused(make_lesson("outside", "../outside/clip.mp4"), "leaves the lesson's folder ('..')");
}

TEST_F(HostileMedia, AnHlsPlaylistPosingAsVideoIsRefused) {
  const std::string playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n" +
                               outside("clip.mp4").string() + "\n#EXT-X-ENDLIST\n";
  expect_refused(make_lesson("hls", "video.mp4", playlist), "an HLS playlist (FFmpeg's 'hls' format)");
}

TEST_F(HostileMedia, AnFfconcatListPosingAsVideoIsRefused) {
  const std::string list = "ffconcat version 1.0\nfile '" + outside("clip.mp4").string() + "'\n";
  expect_refused(make_lesson("ffconcat", "video.mp4", list), "an ffconcat list (FFmpeg's 'concat' format)");
}

TEST_F(HostileMedia, AnImagePosingAsVideoIsRefused) {
  expect_refused(make_lesson("image", "video.mp4", read_file(outside("frame.png"))),
                 "an image or image sequence");
}

TEST_F(HostileMedia, EntityExpansionIsRefused) {
  const fs::path folder = dir_->path() / "entities";
  write_file(folder / "lesson.xml", R"(<?xml version="1.0"?>
<!DOCTYPE lesson [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<lesson xmlns="urn:cuepoint:lesson:1" id="x" version="1"><title>&b;</title><video src="v.mp4"/></lesson>
)");
  expect_refused(folder, "DOCTYPE");
}

TEST_F(HostileMedia, APackagedLessonCannotNameFilesOutsideThePackage) {
  const fs::path package = dir_->path() / "escape.cuepoint";
  // A consistent package (manifest right) whose lesson names a file outside it.
  const std::string xml = lesson_with_video("../outside/clip.mp4");
  integrity::Sha256Stream digest;
  digest.update(xml.data(), xml.size());
  write_zip(package,
            {{"manifest.json",
              R"({"format": "cuepoint-package", "version": 1, "files": [{"name": "lesson.xml", "size": )" +
                  std::to_string(xml.size()) + R"(, "sha256": ")" + digest.finish() + R"("}]})",
              {}},
             {"lesson.xml", xml, {}}});
  const ProcessResult validated = author({"validate", package.string()});
  EXPECT_EQ(validated.exit_code, 1);
  EXPECT_NE(validated.err.find(
                "escape.cuepoint/lesson.xml:4:3: error: <video> src '../outside/clip.mp4' leaves the "
                "lesson's folder"),
            std::string::npos)
      << validated.err;
}

}  // namespace
}  // namespace cuepoint::testing
