// The one lesson loader: media references resolve to real paths that must stay
// inside the lesson folder's real path and be regular files; the video's SHA-256
// is checked. Media bytes do not matter here (nothing is decoded).
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>

#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

// <video> is on line 4, column 3; <captions> on line 5, column 3.
std::string lesson_xml(const std::string& video, const std::string& captions = "",
                       const std::string& video_attributes = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"paths\" version=\"1\">\n"
         "  <title>Paths</title>\n"
         "  <video src=\"" +
         video + "\"" + video_attributes + "/>\n" +
         (captions.empty() ? "" : "  <captions src=\"" + captions + "\" lang=\"en\"/>\n") +
         "  <cue id=\"n\" at=\"0.5\"><question type=\"note\"><prompt>Hi</prompt></question></cue>\n"
         "</lesson>\n";
}

class LessonLoader : public ::testing::Test {
 protected:
  LessonLoader() : root_("loader") {
    lesson_dir_ = root_ / "lesson";
    outside_dir_ = root_ / "elsewhere";
    write_file(outside_dir_ / "x.mp4", "outside bytes");
    write_file(lesson_dir_ / "clip.mp4", "inside bytes");
    real_lesson_ = fs::canonical(lesson_dir_);
    real_outside_ = fs::canonical(outside_dir_);
  }

  loader::LoadResult load(const std::string& xml) {
    write_file(lesson_dir_ / "lesson.xml", xml);
    return loader::load_lesson(lesson_dir_);
  }

  static std::string only_error(const loader::LoadResult& result) {
    EXPECT_EQ(result.diagnostics.size(), 1u);
    return result.diagnostics.empty() ? "" : result.diagnostics.front().to_string();
  }

  std::string at(int line) const {
    return (lesson_dir_ / "lesson.xml").string() + ":" + std::to_string(line) + ":3: error: ";
  }

  TempDir root_;
  fs::path lesson_dir_, outside_dir_, real_lesson_, real_outside_;
};

TEST_F(LessonLoader, PlainVideoResolvesToItsRealPath) {
  const auto result = load(lesson_xml("clip.mp4"));
  ASSERT_TRUE(result.ok()) << only_error(result);
  EXPECT_EQ(*result.loaded->video.path, real_lesson_ / "clip.mp4");
  EXPECT_EQ(result.loaded->video.named, lesson_dir_ / "clip.mp4");
  EXPECT_EQ(result.loaded->folder, real_lesson_);
  EXPECT_EQ(result.loaded->sha256, integrity::sha256_of_file(lesson_dir_ / "lesson.xml"));
}

TEST_F(LessonLoader, VideoSymlinkToAFileOutsideIsRefused) {
  fs::create_symlink(outside_dir_ / "x.mp4", lesson_dir_ / "x.mp4");
  const auto result = load(lesson_xml("x.mp4"));
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(only_error(result), at(4) + "video 'x.mp4' resolves to '" + (real_outside_ / "x.mp4").string() +
                                    "', outside the lesson folder '" + real_lesson_.string() + "'");
  EXPECT_FALSE(result.loaded->video.path);
}

TEST_F(LessonLoader, VideoInASymlinkedFolderPointingOutsideIsRefused) {
  fs::create_directory_symlink(outside_dir_, lesson_dir_ / "media");
  const auto result = load(lesson_xml("media/x.mp4"));
  EXPECT_EQ(only_error(result), at(4) + "video 'media/x.mp4' resolves to '" +
                                    (real_outside_ / "x.mp4").string() + "', outside the lesson folder '" +
                                    real_lesson_.string() + "'");
}

TEST_F(LessonLoader, SymlinksThatStayInsideAreAccepted) {
  fs::create_directories(lesson_dir_ / "takes");
  fs::rename(lesson_dir_ / "clip.mp4", lesson_dir_ / "takes" / "final.mp4");
  fs::create_symlink("takes/final.mp4", lesson_dir_ / "clip.mp4");
  fs::create_directory_symlink("takes", lesson_dir_ / "media");
  for (const char* src : {"clip.mp4", "media/final.mp4"}) {
    const auto result = load(lesson_xml(src));
    ASSERT_TRUE(result.ok()) << src << ": " << only_error(result);
    EXPECT_EQ(*result.loaded->video.path, real_lesson_ / "takes" / "final.mp4") << src;
  }
}

TEST_F(LessonLoader, CaptionsSymlinkToEtcPasswdIsRefused) {
  fs::create_symlink("/etc/passwd", lesson_dir_ / "en.vtt");
  const auto result = load(lesson_xml("clip.mp4", "en.vtt"));
  EXPECT_EQ(only_error(result), at(5) + "captions 'en.vtt' resolves to '" +
                                    fs::canonical("/etc/passwd").string() + "', outside the lesson folder '" +
                                    real_lesson_.string() + "'");
  ASSERT_EQ(result.loaded->captions.size(), 1u);
  EXPECT_FALSE(result.loaded->captions[0].path);
  EXPECT_TRUE(result.loaded->video.path);  // the video itself is fine
}

TEST_F(LessonLoader, AFolderAsVideoIsNamed) {
  fs::create_directories(lesson_dir_ / "movie.mp4");
  const auto result = load(lesson_xml("movie.mp4"));
  EXPECT_EQ(only_error(result), at(4) + "video file 'movie.mp4' is a folder, not a file (" +
                                    (real_lesson_ / "movie.mp4").string() + ")");
}

TEST_F(LessonLoader, ANamedPipeAsVideoIsNamedAndNeverOpened) {
  ASSERT_EQ(::mkfifo((lesson_dir_ / "pipe.mp4").c_str(), 0600), 0);
  const auto result = load(lesson_xml("pipe.mp4"));  // opening the FIFO would block: this must return
  EXPECT_EQ(only_error(result), at(4) + "video file 'pipe.mp4' is a named pipe, not a file (" +
                                    (real_lesson_ / "pipe.mp4").string() + ")");
}

TEST_F(LessonLoader, ADeviceAsVideoIsNamed) {
  if (::geteuid() != 0) GTEST_SKIP() << "making a device node needs root";
  ASSERT_EQ(::mknod((lesson_dir_ / "null.mp4").c_str(), S_IFCHR | 0600, ::makedev(1, 3)), 0);
  const auto result = load(lesson_xml("null.mp4"));
  EXPECT_EQ(only_error(result), at(4) + "video file 'null.mp4' is a device, not a file (" +
                                    (real_lesson_ / "null.mp4").string() + ")");
}

TEST_F(LessonLoader, AMissingCaptionsFileSaysWhereItLooked) {
  const auto result = load(lesson_xml("clip.mp4", "none.vtt"));
  EXPECT_EQ(only_error(result), at(5) + "captions file 'none.vtt' not found (looked for " +
                                    (lesson_dir_ / "none.vtt").string() + ")");
}

TEST_F(LessonLoader, ADanglingSymlinkInsideIsNotFound) {
  fs::create_symlink("gone.mp4", lesson_dir_ / "dangling.mp4");
  const auto result = load(lesson_xml("dangling.mp4"));
  EXPECT_EQ(only_error(result), at(4) + "video file 'dangling.mp4' not found (looked for " +
                                    (lesson_dir_ / "dangling.mp4").string() + ")");
}

TEST_F(LessonLoader, VideoDigestIsChecked) {
  const std::string actual = integrity::sha256_of_file(lesson_dir_ / "clip.mp4");
  EXPECT_TRUE(load(lesson_xml("clip.mp4", "", " sha256=\"" + actual + "\"")).ok());
  const std::string wrong(64, 'a');
  const auto result = load(lesson_xml("clip.mp4", "", " sha256=\"" + wrong + "\""));
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(only_error(result),
            at(4) + "video file 'clip.mp4' has SHA-256 " + actual + ", but the lesson expects " + wrong);
}

// The library lists many lessons: scan_lesson hashes nothing, but resolves media as load does.
TEST_F(LessonLoader, ScanSkipsTheDigestButNotThePathChecks) {
  const std::string wrong(64, 'a');
  write_file(lesson_dir_ / "lesson.xml", lesson_xml("clip.mp4", "", " sha256=\"" + wrong + "\""));
  const auto scanned = loader::scan_lesson(lesson_dir_);
  ASSERT_TRUE(scanned.ok()) << only_error(scanned);
  EXPECT_EQ(*scanned.loaded->video.path, real_lesson_ / "clip.mp4");
  EXPECT_FALSE(loader::load_lesson(lesson_dir_).ok());  // what is played is still hashed
  write_file(lesson_dir_ / "lesson.xml", lesson_xml("../elsewhere/x.mp4"));
  EXPECT_FALSE(loader::scan_lesson(lesson_dir_).ok());
}

TEST_F(LessonLoader, AFolderOrAFileNamesTheSameLesson) {
  write_file(lesson_dir_ / "lesson.xml", lesson_xml("clip.mp4"));
  const auto by_folder = loader::load_lesson(lesson_dir_);
  const auto by_file = loader::load_lesson(lesson_dir_ / "lesson.xml");
  ASSERT_TRUE(by_folder.ok());
  ASSERT_TRUE(by_file.ok());
  EXPECT_EQ(by_folder.loaded->file, by_file.loaded->file);
  EXPECT_EQ(by_folder.loaded->video.path, by_file.loaded->video.path);
}

TEST_F(LessonLoader, ParseErrorsComeBackAsDiagnosticsWithoutALesson) {
  const auto result = load("<lesson xmlns=\"urn:cuepoint:lesson:1\">\n  <title>x</titel>\n");
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.loaded);
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_EQ(result.diagnostics.front().line, 2);
}

}  // namespace
}  // namespace cuepoint::testing
