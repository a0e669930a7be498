// cuepoint-author new and probe, on videos generated at test time.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// A clip of `seconds` at 25 fps with a keyframe exactly every `gop` frames.
void make_clip(const fs::path& file, int seconds, int gop) {
  run_or_throw({FFMPEG_EXECUTABLE,
                "-nostdin",
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc=duration=" + std::to_string(seconds) + ":size=160x120:rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=" + std::to_string(seconds),
                "-pix_fmt",
                "yuv420p",
                "-c:v",
                "libx264",
                "-g",
                std::to_string(gop),
                "-keyint_min",
                std::to_string(gop),
                "-sc_threshold",
                "0",
                "-c:a",
                "aac",
                "-shortest",
                file.string()});
}

TEST(NewCommandTest, WritesAValidSkeletonNextToTheVideo) {
  const TempDir dir("authoring-new");
  make_clip(dir / "Week 3 - Fractions.mp4", 3, 25);
  const ProcessResult result = author(
      {"new", (dir / "Week 3 - Fractions.mp4").string(), "--title", "Adding fractions", "--lang", "en"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const fs::path lesson = dir / "lesson.xml";
  EXPECT_EQ(result.out, "wrote " + lesson.string() +
                            ": video Week 3 - Fractions.mp4, 0:03, h264, 160x120, 25 fps; no cues yet\n"
                            "next: cuepoint-author cue add " +
                            lesson.string() + " --at TIME --type TYPE --prompt TEXT (see cue add --help)\n");
  const std::string digest =
      run_or_throw({"sha256sum", (dir / "Week 3 - Fractions.mp4").string()}).substr(0, 64);
  EXPECT_EQ(read_file(lesson),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"Week-3---Fractions\" version=\"1\" "
            "xml:lang=\"en\">\n"
            "  <title>Adding fractions</title>\n"
            "  <video src=\"Week 3 - Fractions.mp4\" sha256=\"" +
                digest + "\" />\n</lesson>\n");
  // Not a terminal: no progress bar, only the check's note that there are no cues yet.
  EXPECT_EQ(result.err, lesson.string() + ": warning: the lesson has no cues\n");
  EXPECT_EQ(author({"validate", lesson.string()}).exit_code, 0);
}

TEST(NewCommandTest, HashingALargeVideoShowsProgressOnATerminalOnly) {
  const TempDir dir("authoring-new");
  make_large_video(dir / "big.nut");
  ASSERT_GE(fs::file_size(dir / "big.nut"), 16U << 20);
  fs::create_directories(dir / "out");
  const ProcessResult on_terminal =
      author_on_terminal({"new", (dir / "big.nut").string(), "-o", dir.path().string()});
  ASSERT_EQ(on_terminal.exit_code, 0) << on_terminal.out << on_terminal.err;
  const auto size_mib = std::to_string(fs::file_size(dir / "big.nut") >> 20);
  EXPECT_THAT(on_terminal.out, HasSubstr("] 0/" + size_mib + " MiB hashed\r["));
  EXPECT_THAT(on_terminal.out, HasSubstr("] " + size_mib + "/" + size_mib + " MiB hashed\r\n"));
  // The check before writing hashes it again, as the player will.
  EXPECT_THAT(on_terminal.out, HasSubstr("] " + size_mib + "/" + size_mib + " MiB of video hashed\r\n"));
  EXPECT_LT(on_terminal.out.size(), 8000U);  // redrawn once per MiB, not per chunk
  // -o FOLDER writes FOLDER/lesson.xml.
  EXPECT_TRUE(fs::exists(dir / "lesson.xml"));
  // Not a terminal: quiet.
  const ProcessResult piped = author({"new", (dir / "big.nut").string(), "--force"});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_THAT(piped.err, ::testing::Not(HasSubstr("hashed")));
}

TEST(NewCommandTest, RefusesToOverwriteUnlessForced) {
  const TempDir dir("authoring-new");
  make_clip(dir / "clip.mp4", 2, 25);
  write_file(dir / "lesson.xml", "mine");
  const ProcessResult refused = author({"new", (dir / "clip.mp4").string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.err, "cuepoint-author new: " + (dir / "lesson.xml").string() +
                             " already exists (--force replaces it)\n");
  EXPECT_EQ(read_file(dir / "lesson.xml"), "mine");
  const ProcessResult forced =
      author({"new", (dir / "clip.mp4").string(), "--force", "-o", (dir / "lesson.xml").string()});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_THAT(read_file(dir / "lesson.xml"), HasSubstr("<video src=\"clip.mp4\""));
}

TEST(NewCommandTest, UnplayableOrMissingVideoIsRefusedWithTheReason) {
  const TempDir dir("authoring-new");
  write_file(dir / "notes.mp4", "this is text, not a video");
  const ProcessResult text = author({"new", (dir / "notes.mp4").string()});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_THAT(text.err, HasSubstr("cuepoint-author new: cannot make a lesson for " +
                                  (dir / "notes.mp4").string() + ": the player cannot play it: "));
  EXPECT_FALSE(fs::exists(dir / "lesson.xml"));
  const ProcessResult missing = author({"new", (dir / "none.mp4").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "cuepoint-author new: " + (dir / "none.mp4").string() + ": no such video file\n");
  const ProcessResult bad_id = author({"new", (dir / "notes.mp4").string(), "--id", "-x"});
  EXPECT_EQ(bad_id.exit_code, 2);
}

TEST(NewCommandTest, VideoOutsideTheLessonFolderIsRefused) {
  const TempDir dir("authoring-new");
  make_clip(dir / "clip.mp4", 2, 25);
  fs::create_directories(dir / "lessons");
  const ProcessResult result =
      author({"new", (dir / "clip.mp4").string(), "-o", (dir / "lessons" / "l.xml").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("is outside the lesson's folder"));
  EXPECT_FALSE(fs::exists(dir / "lessons" / "l.xml"));
}

TEST(ProbeCommandTest, ReportsStreamsAndKeyframes) {
  const TempDir dir("authoring-probe");
  make_clip(dir / "clip.mp4", 4, 50);
  const ProcessResult result = author({"probe", (dir / "clip.mp4").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("  duration:   0:04"));
  EXPECT_THAT(result.out, HasSubstr("  video:      h264, 160x120, 25 fps\n"));
  EXPECT_THAT(result.out, HasSubstr("  audio:      aac, 44100 Hz, 1 channel\n"));
  EXPECT_THAT(
      result.out,
      HasSubstr("  keyframes:  2 in 100 frames, every 2.0 s on average, at most 2.0 s (50 frames) apart\n"));
  EXPECT_EQ(result.err, "");  // no warning for 2 s
}

TEST(ProbeCommandTest, WarnsWhenKeyframesAreFarApart) {
  const TempDir dir("authoring-probe");
  make_clip(dir / "long.mp4", 12, 150);
  write_file(dir / "lesson.xml",
             "<?xml version=\"1.0\"?>\n<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" "
             "version=\"1\"><title>T</title><video src=\"long.mp4\"/></lesson>\n");
  // Given the lesson, its video is probed.
  const ProcessResult result = author({"probe", (dir / "lesson.xml").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out,
              HasSubstr("  keyframes:  2 in 300 frames, every 6.0 s on average, at most 6.0 s (150 "
                        "frames) apart\n"));
  EXPECT_THAT(result.err,
              HasSubstr("cuepoint-author probe: warning: keyframes are up to 6.0 s apart: every exact "
                        "seek"));
}

TEST(ProbeCommandTest, NotAVideoOrMissingFileFails) {
  const TempDir dir("authoring-probe");
  write_file(dir / "x.mp4", "text");
  const ProcessResult text = author({"probe", (dir / "x.mp4").string()});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_THAT(text.err, HasSubstr("cuepoint-author probe: "));
  const ProcessResult missing = author({"probe", (dir / "none.mp4").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "cuepoint-author probe: " + (dir / "none.mp4").string() + ": no such file\n");
}

}  // namespace
}  // namespace cuepoint::testing
