// The player and `cuepoint-author validate` open lessons with the same loader:
// both refuse a media reference whose real path leaves the lesson folder, and
// both refuse a video whose SHA-256 does not match, with the same message.
#include <gtest/gtest.h>

#include <filesystem>

#include "cuepoint/integrity/sha256.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

// <video> on line 4, column 3.
std::string lesson_xml(const std::string& video, const std::string& video_attributes = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"paths\" version=\"1\">\n"
         "  <title>Paths</title>\n"
         "  <video src=\"" +
         video + "\"" + video_attributes +
         "/>\n"
         "  <cue id=\"hello\" at=\"0.5\"><question type=\"note\"><prompt>Hello</prompt></question></cue>\n"
         "</lesson>\n";
}

class LessonPaths : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = std::make_unique<TempDir>("lesson-paths");
    fs::create_directories(*root_ / "elsewhere");
    run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                  (*root_ / "elsewhere" / "x.mp4").string()});
  }
  static void TearDownTestSuite() { root_.reset(); }

  // A lesson folder named `name` with lesson.xml `xml`; returns the lesson file.
  static fs::path lesson(const std::string& name, const std::string& xml) {
    write_file(*root_ / name / "lesson.xml", xml);
    return *root_ / name / "lesson.xml";
  }

  static ProcessResult play(const fs::path& lesson_file) {
    return run({CUEPOINT_BIN, lesson_file.string(), "--headless", "--quiet", "--db",
                (lesson_file.parent_path() / "db.sqlite").string()});
  }
  static ProcessResult validate(const fs::path& lesson_file) {
    return run({CUEPOINT_AUTHOR_BIN, "validate", lesson_file.string()});
  }
  // The player and validate refuse `file` alike, each with exactly `expected` on stderr.
  static void expect_both_refuse(const fs::path& file, const std::string& expected) {
    const auto played = play(file);
    EXPECT_EQ(played.exit_code, 1);
    EXPECT_EQ(played.err, expected);
    const auto validated = validate(file);
    EXPECT_EQ(validated.exit_code, 1);
    EXPECT_EQ(validated.err, expected);
  }

  static std::unique_ptr<TempDir> root_;
};

std::unique_ptr<TempDir> LessonPaths::root_;

TEST_F(LessonPaths, AVideoSymlinkedOutsideIsRefusedByPlayerAndValidate) {
  const auto file = lesson("outside", lesson_xml("x.mp4"));
  fs::create_symlink(*root_ / "elsewhere" / "x.mp4", file.parent_path() / "x.mp4");
  const std::string expected = file.string() + ":4:3: error: video 'x.mp4' resolves to '" +
                               fs::canonical(*root_ / "elsewhere" / "x.mp4").string() +
                               "', outside the lesson folder '" + fs::canonical(file.parent_path()).string() +
                               "'\n";
  const auto played = play(file);
  EXPECT_EQ(played.exit_code, 1);
  EXPECT_EQ(played.err, expected);
  EXPECT_FALSE(fs::exists(file.parent_path() / "db.sqlite")) << "nothing is recorded for a refused lesson";
  const auto validated = validate(file);
  EXPECT_EQ(validated.exit_code, 1);
  EXPECT_EQ(validated.err, expected);
}

TEST_F(LessonPaths, CaptionsSymlinkedToEtcPasswdAreRefusedByPlayerAndValidate) {
  std::string xml = lesson_xml("x.mp4");
  xml.replace(xml.find("  <cue"), 0, "  <captions src=\"en.vtt\" lang=\"en\"/>\n");
  const auto file = lesson("passwd", xml);
  fs::copy_file(*root_ / "elsewhere" / "x.mp4", file.parent_path() / "x.mp4");
  fs::create_symlink("/etc/passwd", file.parent_path() / "en.vtt");
  const std::string expected = file.string() + ":5:3: error: captions 'en.vtt' resolves to '" +
                               fs::canonical("/etc/passwd").string() + "', outside the lesson folder '" +
                               fs::canonical(file.parent_path()).string() + "'\n";
  expect_both_refuse(file, expected);
}

TEST_F(LessonPaths, AVideoSymlinkThatStaysInsidePlays) {
  const auto file = lesson("inside", lesson_xml("lecture.mp4"));
  fs::create_directories(file.parent_path() / "takes");
  fs::copy_file(*root_ / "elsewhere" / "x.mp4", file.parent_path() / "takes" / "final.mp4");
  fs::create_symlink("takes/final.mp4", file.parent_path() / "lecture.mp4");
  const auto played = play(file);
  EXPECT_EQ(played.exit_code, 0) << played.err;
  const auto validated = validate(file);
  EXPECT_EQ(validated.exit_code, 0) << validated.err;
}

TEST_F(LessonPaths, AMismatchedVideoDigestIsRefusedByThePlayerAsByValidate) {
  const std::string wrong(64, 'b');
  const auto file = lesson("digest", lesson_xml("x.mp4", " sha256=\"" + wrong + "\""));
  fs::copy_file(*root_ / "elsewhere" / "x.mp4", file.parent_path() / "x.mp4");
  const std::string expected = file.string() + ":4:3: error: video file 'x.mp4' has SHA-256 " +
                               integrity::sha256_of_file(file.parent_path() / "x.mp4") +
                               ", but the lesson expects " + wrong + "\n";
  expect_both_refuse(file, expected);
}

TEST_F(LessonPaths, AFolderAsVideoIsNamedByThePlayer) {
  const auto file = lesson("folder-video", lesson_xml("x.mp4"));
  fs::create_directories(file.parent_path() / "x.mp4");
  const auto played = play(file);
  EXPECT_EQ(played.exit_code, 1);
  EXPECT_EQ(played.err, file.string() + ":4:3: error: video file 'x.mp4' is a folder, not a file (" +
                            fs::canonical(file.parent_path() / "x.mp4").string() + ")\n");
}

}  // namespace
}  // namespace cuepoint::testing
