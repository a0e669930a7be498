// cuepoint-author validate, run as a separate process on generated lessons and media.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// Each test process works in its own directory: CTest may run tests in parallel.
const fs::path kScratch = fs::path(AUTHORING_TEST_SCRATCH) / ("run-" + std::to_string(::getpid()));

ProcessResult author(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_AUTHOR_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

// A lesson in the scratch directory whose video is `video` (relative to the lesson).
std::string lesson_xml(const std::string& video, const std::string& cue_at = "1.5",
                       const std::string& extra_video_attributes = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"cli\" version=\"1\">\n"
         "  <title>CLI test</title>\n"
         "  <video src=\"" +
         video + "\"" + extra_video_attributes +
         "/>\n"
         "  <chapter at=\"0\" title=\"Start\"/>\n"
         "  <cue id=\"q1\" at=\"0.5\">\n"
         "    <question type=\"true-false\">\n"
         "      <prompt>The clip is short.</prompt>\n"
         "      <choice id=\"true\" correct=\"true\">True</choice>\n"
         "      <choice id=\"false\">False</choice>\n"
         "      <on-incorrect seek=\"0:00.2\"/>\n"
         "    </question>\n"
         "  </cue>\n"
         "  <cue id=\"late\" at=\"" +
         cue_at +
         "\">\n"
         "    <question type=\"note\"><prompt>Bye</prompt></question>\n"
         "  </cue>\n"
         "</lesson>\n";
}

class ValidateCommandTest : public ::testing::Test {
 protected:
  // One 2-second clip for the whole suite, generated with the ffmpeg CLI.
  static void SetUpTestSuite() {
    fs::create_directories(kScratch);
    const ProcessResult made = run({FFMPEG_EXECUTABLE, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                                    "testsrc=duration=2:size=160x120:rate=25", "-pix_fmt", "yuv420p", "-c:v",
                                    "mpeg4", (kScratch / "clip.mp4").string()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
  }

  static void TearDownTestSuite() { fs::remove_all(kScratch); }

  static fs::path lesson_file(const std::string& name, const std::string& content) {
    const fs::path path = kScratch / name;
    write_file(path, content);
    return path;
  }
};

TEST_F(ValidateCommandTest, ValidLessonExitsZero) {
  const fs::path lesson = lesson_file("valid.xml", lesson_xml("clip.mp4"));
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out, lesson.string() + ": valid (2 cues, video 0:02)\n");
}

TEST_F(ValidateCommandTest, BrokenLessonExitsOneWithPositionedDiagnostic) {
  std::string broken = lesson_xml("clip.mp4");
  broken.replace(broken.find("at=\"0.5\""), 8, "at=\"0:5\"");
  const fs::path lesson = lesson_file("broken.xml", broken);
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            lesson.string() +
                ":6:16: error: invalid at=\"0:5\" on <cue>: seconds field '5' in time '0:5' must have "
                "exactly two digits\n");
  EXPECT_EQ(result.out, "");
}

TEST_F(ValidateCommandTest, MissingVideoIsReportedAtTheVideoElement) {
  const fs::path lesson = lesson_file("missing-video.xml", lesson_xml("nowhere/missing.mp4"));
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, lesson.string() +
                            ":4:3: error: video file 'nowhere/missing.mp4' not found (looked for " +
                            (kScratch / "nowhere/missing.mp4").string() + ")\n");
}

TEST_F(ValidateCommandTest, CueBeyondTheVideoIsReported) {
  const fs::path lesson = lesson_file("late-cue.xml", lesson_xml("clip.mp4", "0:05"));
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            lesson.string() + ":14:3: error: cue 'late' at 0:05 is beyond the end of the video (0:02)\n");
}

TEST_F(ValidateCommandTest, SeekTargetBeyondTheVideoIsReported) {
  std::string xml = lesson_xml("clip.mp4");
  xml.replace(xml.find("seek=\"0:00.2\""), 13, "seek=\"1:00\"");
  const fs::path lesson = lesson_file("late-seek.xml", xml);
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            lesson.string() +
                ":7:5: error: <on-incorrect> seek target 1:00 of cue 'q1' is beyond the end of the video "
                "(0:02)\n");
}

TEST_F(ValidateCommandTest, VideoThatIsNotAVideoIsReported) {
  write_file(kScratch / "not-a-video.mp4", "this is text, not a video");
  const fs::path lesson = lesson_file("not-a-video.xml", lesson_xml("not-a-video.mp4"));
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(lesson.string() + ":4:3: error: cannot read video 'not-a-video.mp4': "));
}

TEST_F(ValidateCommandTest, Sha256MismatchIsReported) {
  const std::string wrong(64, '0');
  const fs::path lesson =
      lesson_file("wrong-sha.xml", lesson_xml("clip.mp4", "1.5", " sha256=\"" + wrong + "\""));
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(lesson.string() + ":4:3: error: video file 'clip.mp4' has SHA-256 "));
  EXPECT_THAT(result.err, HasSubstr(", but the lesson expects " + wrong + "\n"));
}

TEST_F(ValidateCommandTest, MissingCaptionsAreReported) {
  std::string xml = lesson_xml("clip.mp4");
  xml.replace(xml.find("  <chapter"), 0, "  <captions src=\"clip.en.vtt\" lang=\"en\"/>\n");
  const fs::path lesson = lesson_file("missing-captions.xml", xml);
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, lesson.string() + ":5:3: error: captions file 'clip.en.vtt' not found (looked for " +
                            (kScratch / "clip.en.vtt").string() + ")\n");
}

TEST_F(ValidateCommandTest, BrokenCaptionsAreReportedAtTheirElementWithTheReason) {
  write_file(kScratch / "good.en.vtt", "WEBVTT\n\n00:00.500 --> 00:01.500\nHello\n");
  write_file(kScratch / "bad.es.vtt",
             "WEBVTT\n\n00:00.000 --> 00:00.500\nHola\n\n00:0x.500 --> 00:01.500\nlost cue\n");
  write_file(kScratch / "noise.fr.vtt", std::string("\x01\x02\xff\xfe binary", 12));
  std::string xml = lesson_xml("clip.mp4");
  xml.replace(xml.find("  <chapter"), 0,
              "  <captions src=\"good.en.vtt\" lang=\"en\"/>\n"
              "  <captions src=\"bad.es.vtt\" lang=\"es\"/>\n"
              "  <captions src=\"noise.fr.vtt\" lang=\"fr\"/>\n");
  const fs::path lesson = lesson_file("broken-captions.xml", xml);
  const ProcessResult result = author({"validate", lesson.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            lesson.string() +
                ":6:3: error: cannot read captions 'bad.es.vtt': " + (kScratch / "bad.es.vtt").string() +
                ":6: cue 2: cannot read the cue timing '00:0x.500 --> 00:01.500': the start time "
                "'00:0x.500' is not [hh:]mm:ss.ttt\n" +
                lesson.string() +
                ":7:3: error: cannot read captions 'noise.fr.vtt': " + (kScratch / "noise.fr.vtt").string() +
                ": not a WebVTT or SRT captions file (WebVTT starts with the line 'WEBVTT', SRT with a "
                "cue number and a timing line such as '00:00:01,000 --> 00:00:04,000')\n");
  EXPECT_EQ(result.out, "");
}

TEST_F(ValidateCommandTest, EveryFileIsCheckedAndAnyFailureFails) {
  const fs::path good = lesson_file("good.xml", lesson_xml("clip.mp4"));
  const fs::path missing = kScratch / "no-such-lesson.xml";
  const ProcessResult result = author({"validate", missing.string(), good.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, missing.string() + ": error: cannot open the file: it does not exist\n");
  EXPECT_EQ(result.out, good.string() + ": valid (2 cues, video 0:02)\n");
}

TEST_F(ValidateCommandTest, SampleLessonsAreValid) {
  std::vector<std::string> arguments{"validate"};
  const fs::path samples = fs::path(CUEPOINT_SOURCE_DIR) / "samples";
  if (fs::is_directory(samples)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(samples)) {
      if (fs::is_regular_file(entry.path() / "lesson.xml"))
        arguments.push_back((entry.path() / "lesson.xml").string());
    }
  }
  if (arguments.size() == 1) GTEST_SKIP() << "no samples/*/lesson.xml";
  const ProcessResult result = author(arguments);
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST(AuthorUsageTest, NoArgumentsIsAUsageError) {
  const ProcessResult result = author({});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("A subcommand is required"));
}

TEST(AuthorUsageTest, ValidateWithoutFilesIsAUsageError) {
  const ProcessResult result = author({"validate"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("FILE is required"));
}

TEST(AuthorUsageTest, UnknownSubcommandOrOptionIsAUsageError) {
  EXPECT_EQ(author({"publish", "x.xml"}).exit_code, 2);
  EXPECT_EQ(author({"validate", "--strict", "x.xml"}).exit_code, 2);
}

TEST(AuthorUsageTest, VersionAndHelpExitZero) {
  const ProcessResult version = author({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, "cuepoint-author 0.1.0\n");
  const ProcessResult help = author({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("validate"));
}

}  // namespace
}  // namespace cuepoint::testing

namespace cuepoint::testing {
namespace {

// Validate and the player must agree: validate opens the video with the player's
// own code and decodes its first frame.
class ValidateAgreesWithPlayer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { fs::create_directories(kScratch); }
  static void TearDownTestSuite() { fs::remove_all(kScratch); }

  static void make_video(const std::vector<std::string>& output_args) {
    std::vector<std::string> command{FFMPEG_EXECUTABLE, "-nostdin", "-v", "error", "-y"};
    command.insert(command.end(), output_args.begin(), output_args.end());
    const ProcessResult made = run(command);
    ASSERT_EQ(made.exit_code, 0) << made.err;
  }

  static fs::path lesson_at(const fs::path& path, const std::string& content) {
    write_file(path, content);
    return path;
  }

  // Both refuse the lesson, each naming `problem`.
  static void expect_both_refuse(const fs::path& lesson, const std::string& problem) {
    const ProcessResult validated = author({"validate", lesson.string()});
    EXPECT_EQ(validated.exit_code, 1) << validated.out << validated.err;
    EXPECT_THAT(validated.err, HasSubstr(problem));
    const ProcessResult played = run({CUEPOINT_BINARY, lesson.string(), "--headless", "--quiet", "--db",
                                      (kScratch / (lesson.stem().string() + ".sqlite")).string()});
    EXPECT_EQ(played.exit_code, 1) << played.err;
    EXPECT_THAT(played.err, HasSubstr(problem));
  }
};

TEST_F(ValidateAgreesWithPlayer, FramesLargerThan8KAreRefusedByBoth) {
  // Wider than any side the player takes (a 16000x16000 frame took 13 s and 2 GB to decode).
  make_video({"-f", "lavfi", "-i", "color=c=gray:size=8200x16:rate=5:duration=1", "-c:v", "mjpeg", "-pix_fmt",
              "yuvj420p", (kScratch / "wide.avi").string()});
  expect_both_refuse(
      lesson_at(kScratch / "wide.xml", lesson_xml("wide.avi", "0.8")),
      "wide.avi: its video frames are 8200x16 pixels; the player decodes frames up to 8K (8192x4320)");
}

TEST_F(ValidateAgreesWithPlayer, AVideoWhoseFramesDoNotDecodeIsInvalid) {
  // A well-formed MP4 header over zeroed picture data: it probes, but nothing decodes.
  const fs::path video = kScratch / "blank.mp4";
  make_video({"-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25", "-pix_fmt", "yuv420p", "-c:v",
              "libx264", video.string()});
  std::string bytes;
  {
    std::ifstream in(video, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto mdat = bytes.find("mdat");
  ASSERT_NE(mdat, std::string::npos);
  const auto box_size = (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[mdat - 4])) << 24) |
                        (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[mdat - 3])) << 16) |
                        (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[mdat - 2])) << 8) |
                        static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[mdat - 1]));
  std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(mdat + 4),
            bytes.begin() + static_cast<std::ptrdiff_t>(mdat - 4 + box_size), '\0');
  {
    std::ofstream out(video, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  const fs::path lesson = lesson_at(kScratch / "blank.xml", lesson_xml("blank.mp4"));
  const ProcessResult validated = author({"validate", lesson.string()});
  EXPECT_EQ(validated.exit_code, 1) << validated.out;
  EXPECT_THAT(validated.err, HasSubstr("error: cannot read video 'blank.mp4': "));
  const ProcessResult played = run({CUEPOINT_BINARY, lesson.string(), "--headless", "--quiet", "--db",
                                    (kScratch / "blank.sqlite").string()});
  EXPECT_EQ(played.exit_code, 1) << played.err;
}

}  // namespace
}  // namespace cuepoint::testing
