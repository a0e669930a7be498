// `cuepoint --headless` on a lesson whose video is bad says which kind of bad it is
// (MediaError's kind: not a video, damaged, unsupported codec), names the file, and
// exits with status 1, on media generated here.
#include <gtest/gtest.h>

#include <memory>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

// The video is refused before any cue: one true-false question is lesson enough.
const char* const kLesson =
    R"(<?xml version="1.0" encoding="UTF-8"?><lesson xmlns="urn:cuepoint:lesson:1" id="media-kinds" )"
    R"(version="1" xml:lang="en"><title>Media kinds</title><video src="clip.mp4"/><cue id="sky" at="1">)"
    R"(<question type="true-false"><prompt>Is the sky green?</prompt><choice id="true" correct="false">)"
    R"(True</choice><choice id="false" correct="true">False</choice></question></cue></lesson>)";

class HeadlessMediaKind : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>("headless-media-kind");
    const std::vector<std::string> ffmpeg = {
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin",
        "-y",     "-f",           "lavfi",     "-i",    "testsrc2=size=160x120:rate=25:duration=2"};
    // The MP4 muxer writes its index (moov) last: half the file has none.
    auto mp4 = ffmpeg;
    mp4.insert(mp4.end(), {"-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                           (*dir_ / "whole.mp4").string()});
    run_or_throw(mp4);
    // An AVI whose video fourcc names no codec FFmpeg knows.
    auto avi = ffmpeg;
    avi.insert(avi.end(), {"-c:v", "mpeg4", "-vtag", "FMP4", (*dir_ / "fmp4.avi").string()});
    run_or_throw(avi);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  // Plays a lesson whose clip.mp4 holds `bytes`.
  static ProcessResult play(const std::string& name, const std::string& bytes) {
    const auto folder = *dir_ / name;
    write_file(folder / "lesson.xml", kLesson);
    write_file(folder / "clip.mp4", bytes);
    return run({CUEPOINT_BIN, (folder / "lesson.xml").string(), "--headless", "--db",
                (folder / "db.sqlite").string()},
               60);
  }

  static void expect_kind(const ProcessResult& result, const std::string& name, const std::string& says,
                          const std::string& kind) {
    EXPECT_EQ(result.exit_code, 1) << result.err;
    const std::string clip = (*dir_ / name / "clip.mp4").string();
    EXPECT_EQ(result.err, "cuepoint: " + clip + ": " + says + " (media: " + kind + ")\n");
  }

  static std::unique_ptr<TempDir> dir_;
};

std::unique_ptr<TempDir> HeadlessMediaKind::dir_;

TEST_F(HeadlessMediaKind, ATextFileIsNotAVideo) {
  expect_kind(play("text", "These are my lesson notes.\n"), "text", "not a recognised media file",
              "not a video");
}

TEST_F(HeadlessMediaKind, AnMp4CutInHalfIsDamaged) {
  const std::string whole = read_file(*dir_ / "whole.mp4");
  expect_kind(play("cut", whole.substr(0, whole.size() / 2)), "cut",
              "a damaged mov,mp4,m4a,3gp,3g2,mj2 file: its header cannot be read", "damaged");
}

TEST_F(HeadlessMediaKind, AnUnknownVideoCodecIsUnsupported) {
  std::string avi = read_file(*dir_ / "fmp4.avi");
  for (std::size_t at = avi.find("FMP4"); at != std::string::npos; at = avi.find("FMP4", at)) {
    avi.replace(at, 4, "QQZ9");
  }
  expect_kind(play("codec", avi), "codec",
              "video codec 'unknown (tag QQZ9)' is not supported by this FFmpeg build", "unsupported codec");
}

}  // namespace
}  // namespace cuepoint::testing
