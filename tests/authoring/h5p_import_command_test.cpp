// cuepoint-author import-h5p, run as a separate process: the fixtures that hold a
// local video (with a generated clip of the right length put where content.json
// names it), a .h5p package built here, every fixture that must be refused, hostile
// packages, and the end to end: import, validate, play headless.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "clip_fixture.hpp"
#include "h5p_zip.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kFixtures = fs::path(CUEPOINT_SOURCE_DIR) / ".." / "shared" / "fixtures" / "h5p";
const std::string kLibraryTour = "09-eqcronk-library-tour-local-mp4-vtt-captions.content.json";
const std::string kVtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome to the library.\n";

class ImportH5pCommand : public ::testing::Test {
 protected:
  // One clip long enough for every fixture's last interaction (09: 3:28.879; 06: 0:57).
  static void SetUpTestSuite() {
    clip_dir_ = std::make_unique<TempDir>("h5p-clip");
    clip_ = make_reference_clip(clip_dir_->path(), "tour.mp4",
                                {"-f", "lavfi", "-i", "testsrc=duration=215:size=64x48:rate=2", "-pix_fmt",
                                 "yuv420p", "-c:v", "mpeg4", "-g", "10"})
                .file;
  }
  static void TearDownTestSuite() { clip_dir_.reset(); }

  void SetUp() override {
    if (!fs::is_directory(kFixtures)) GTEST_SKIP() << "no H5P fixtures at " << kFixtures.string();
  }

  // A copy of a fixture's content.json, with `video` (if any) put where it names its video.
  fs::path unpacked(const std::string& fixture, const std::string& video = "") const {
    const fs::path content = scratch_ / "h5p" / "content.json";
    write_file(content, read_file(kFixtures / fixture));
    if (!video.empty()) {
      fs::create_directories((scratch_ / "h5p" / video).parent_path());
      fs::copy_file(clip_, scratch_ / "h5p" / video);
    }
    return content;
  }

  static std::vector<ZipEntry> library_tour_package() {
    return {{"h5p.json",
             R"({"title": "Library Website Tour", "language": "en", "mainLibrary": "H5P.InteractiveVideo",)"
             R"( "embedTypes": ["iframe"]})",
             ""},
            {"content/content.json", read_file(kFixtures / kLibraryTour), ""},
            {"content/videos/files-6a26cf59a7d56.mp4", read_file(clip_), ""},
            {"content/files/track-6a26cf9a76866.vtt", kVtt, ""}};
  }

  static inline std::unique_ptr<TempDir> clip_dir_;
  static inline fs::path clip_;
  TempDir scratch_{"h5p-import"};
};

TEST_F(ImportH5pCommand, LibraryTourImportsValidatesAndPlays) {
  const fs::path content = unpacked(kLibraryTour, "videos/files-6a26cf59a7d56.mp4");
  write_file(scratch_ / "h5p" / "files" / "track-6a26cf9a76866.vtt", kVtt);
  const fs::path lesson = scratch_ / "library-tour";
  const ProcessResult imported = author({"import-h5p", content.string(), "-o", lesson.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out,
            "imported " + content.string() + " into " + lesson.string() +
                ": 4 cues, 0 chapters, 1 caption tracks, video 3:35; 1 not converted, 3 changed (see " +
                (lesson / "IMPORT-NOTES.txt").string() + ")\n");
  const std::string notes =
      "0:26.992 H5P.MultiChoice 1.16 \"Library Homepage\": changed: the tip of answer 'a' is not converted\n"
      "0:26.992 H5P.MultiChoice 1.16 \"Library Homepage\": changed: the tip of answer 'b' is not converted\n"
      "0:26.992 H5P.MultiChoice 1.16 \"Library Homepage\": changed: the tip of answer 'c' is not converted\n"
      "3:05.877 H5P.Summary 1.10 \"Research Guides Summary\": not converted: a Summary (pick the true "
      "statement of each set) has no Cuepoint question type\n";
  std::string on_stderr;
  for (std::size_t start = 0; start < notes.size();) {
    const std::size_t end = notes.find('\n', start) + 1;
    on_stderr += "cuepoint-author import-h5p: " + notes.substr(start, end - start);
    start = end;
  }
  EXPECT_EQ(imported.err, on_stderr);
  EXPECT_EQ(read_file(lesson / "IMPORT-NOTES.txt"),
            "Imported from content.json by cuepoint-author import-h5p.\n"
            "Not converted, or converted with a change (4):\n" +
                notes);
  EXPECT_EQ(read_file(lesson / "files" / "track-6a26cf9a76866.vtt"), kVtt);
  EXPECT_EQ(read_file(lesson / "videos" / "files-6a26cf59a7d56.mp4"), read_file(clip_));
  const std::string xml = read_file(lesson / "lesson.xml");
  const std::string sha256 = run_or_throw({"sha256sum", clip_.string()}).substr(0, 64);
  EXPECT_THAT(xml, HasSubstr("<video src=\"videos/files-6a26cf59a7d56.mp4\" sha256=\"" + sha256 + "\" />"));
  EXPECT_THAT(
      xml, HasSubstr("<captions src=\"files/track-6a26cf9a76866.vtt\" lang=\"en\" label=\"Subtitles\" />"));

  const ProcessResult valid = author({"validate", (lesson / "lesson.xml").string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  EXPECT_EQ(valid.out, (lesson / "lesson.xml").string() + ": valid (4 cues, video 3:35)\n");

  // The first question wrong once (unlimited retries, as H5P's Retry button), the rest right.
  write_file(scratch_ / "answers.json",
             R"({"q1": [["a"], ["a", "b"]], "q2": [true], "q3": ["d"], "q4": ["b"]})");
  const ProcessResult played =
      run({CUEPOINT_BINARY, lesson.string(), "--headless", "--answers", (scratch_ / "answers.json").string(),
           "--db", (scratch_ / "db.sqlite").string(), "--events", "-"});
  ASSERT_EQ(played.exit_code, 0) << played.err;
  std::vector<std::string> cues;
  std::vector<bool> correct;
  for (const auto& event : json_lines(played.out)) {
    if (event["event"] == "cue") cues.push_back(event["cue"].get<std::string>() + "@" + event["at"].dump());
    if (event["event"] == "answer") correct.push_back(event["correct"].get<bool>());
  }
  EXPECT_EQ(cues, (std::vector<std::string>{"q1@26.992", "q2@52.453", "q3@117.676", "q4@208.879"}));
  EXPECT_EQ(correct, (std::vector<bool>{false, true, true, true, true}));
}

TEST_F(ImportH5pCommand, LocalVideoWithEditorTmpMarkerImports) {
  const fs::path content =
      unpacked("02-edlib-local-mp4-no-interactions.content.json", "videos/files-5a2f98d3cf06c.mp4");
  const fs::path lesson = scratch_ / "no-interactions";
  const ProcessResult imported = author({"import-h5p", content.string(), "-o", lesson.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.err, "");
  EXPECT_EQ(read_file(lesson / "IMPORT-NOTES.txt"),
            "Imported from content.json by cuepoint-author import-h5p.\nEverything was converted.\n");
  EXPECT_THAT(read_file(lesson / "lesson.xml"), HasSubstr("<video src=\"videos/files-5a2f98d3cf06c.mp4\""));
  EXPECT_EQ(author({"validate", (lesson / "lesson.xml").string()}).exit_code, 0);
}

TEST_F(ImportH5pCommand, HashingALargeVideoShowsProgressOnATerminalOnly) {
  const fs::path content = unpacked("02-edlib-local-mp4-no-interactions.content.json");
  make_large_video(scratch_ / "big.nut");
  const auto size_mib = std::to_string(fs::file_size(scratch_ / "big.nut") >> 20);
  const ProcessResult on_terminal =
      author_on_terminal({"import-h5p", content.string(), "-o", (scratch_ / "shown").string(), "--video",
                          (scratch_ / "big.nut").string()});
  ASSERT_EQ(on_terminal.exit_code, 0) << on_terminal.out;
  EXPECT_THAT(on_terminal.out, HasSubstr("] 0/" + size_mib + " MiB hashed\r["));
  EXPECT_THAT(on_terminal.out, HasSubstr("] " + size_mib + "/" + size_mib + " MiB hashed\r\n"));
  const ProcessResult piped = author({"import-h5p", content.string(), "-o", (scratch_ / "quiet").string(),
                                      "--video", (scratch_ / "big.nut").string()});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err, "");
}

// Each fixture without a local video is refused with its reason, and no folder is made.
TEST_F(ImportH5pCommand, FixturesWithoutALocalVideoAreRefused) {
  const std::string hint = "; Cuepoint plays video files: give one with --video FILE\n";
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"01-edlib-youtube-norwegian-questionnaire-markthewords-multichoice.content.json",
       "no local video file: the video is on YouTube (https://www.youtube.com/watch?v=yw6kT7jvlx0)"},
      {"03-edlib-no-video.content.json",
       "the content has no video (interactiveVideo.video has no \"files\")"},
      {"04-edlib-brightcove-nynorsk-caption-track.content.json",
       "no local video file: the video is a BrightCove video (https://bc/12456)"},
      {"05-lumi-hub-remote-mp4-all-interaction-types.content.json",
       "no local video file: the video is a remote file (https://h5p.org/sites/default/files/h5p/iv.mp4, "
       "video/mp4)"},
      {"06-escolalms-berry-smoothie-webm-mp4-bookmarks-seekto.content.json",
       "no local video file: source 1 is a remote file (https://h5p.org/sites/default/files/h5p/iv.webm, "
       "video/webm), source 2 is a remote file (https://h5p.org/sites/default/files/h5p/iv.mp4, video/mp4)"},
      {"07-h5p2elpx-spanish-youtube-truefalse-pause.content.json",
       "no local video file: the video is on YouTube (https://www.youtube.com/watch?v=l2WWYBv0-YA)"},
      {"12-mallweger-german-interactivebook-preventskipping-forward.content.json",
       "no local video file: the video is on YouTube "
       "(https://www.youtube.com/watch?v=-C46WNVWtW8&ab_channel=RegierungBW)"},
  };
  for (const auto& [fixture, reason] : refused) {
    const fs::path input = kFixtures / fixture;
    const ProcessResult result = author({"import-h5p", input.string(), "-o", (scratch_ / "out").string()});
    EXPECT_EQ(result.exit_code, 1) << fixture;
    EXPECT_EQ(result.err,
              "cuepoint-author import-h5p: " + input.string() + ": cannot import: " + reason + hint);
    EXPECT_EQ(result.out, "");
    EXPECT_FALSE(fs::exists(scratch_ / "out")) << fixture;
  }
  EXPECT_TRUE(fs::is_empty(scratch_.path())) << "a staging folder was left behind";
}

// Remote content with the video given: 06 imports with its bookmarks, seeks lost with the MarkTheWords, and
// plays.
TEST_F(ImportH5pCommand, RemoteVideoContentImportsWithVideoOption) {
  const fs::path input = kFixtures / "06-escolalms-berry-smoothie-webm-mp4-bookmarks-seekto.content.json";
  const fs::path lesson = scratch_ / "smoothie";
  const ProcessResult imported =
      author({"import-h5p", input.string(), "-o", lesson.string(), "--video", clip_.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_THAT(imported.err,
              HasSubstr("0:20 H5P.MarkTheWords 1.11 \"Highlight the ingredients that have been added "
                        "so far.\": not converted: mark-the-words has no Cuepoint question type; its "
                        "seek to 0:00 after a wrong answer is lost with it\n"));
  EXPECT_THAT(imported.err,
              HasSubstr("3:32 H5P.Summary 1.10 (end-of-video summary, 9 statements): not converted"));
  const std::string xml = read_file(lesson / "lesson.xml");
  EXPECT_THAT(xml, HasSubstr("<video src=\"video/tour.mp4\""));
  EXPECT_THAT(xml, HasSubstr("<chapter at=\"0:32.588481\" title=\"Mixing\" />"));
  write_file(scratch_ / "answers.json",
             R"({"q2": ["b"], "q3": ["Blue"], "q4": ["milk"], "q5": ["cookies"]})");
  const ProcessResult played =
      run({CUEPOINT_BINARY, lesson.string(), "--headless", "--answers", (scratch_ / "answers.json").string(),
           "--db", (scratch_ / "db.sqlite").string()});
  EXPECT_EQ(played.exit_code, 0) << played.err;
  EXPECT_THAT(played.out, HasSubstr("Score 4/4 (100%): passed"));
}

TEST_F(ImportH5pCommand, PackageImportsWithItsTitleAndLanguage) {
  const fs::path package = scratch_ / "library-tour.h5p";
  write_zip(package, library_tour_package());
  const fs::path lesson = scratch_ / "tour";
  // A trailing "/" on -o names the same folder.
  const ProcessResult imported = author({"import-h5p", package.string(), "-o", lesson.string() + "/"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const std::string xml = read_file(lesson / "lesson.xml");
  EXPECT_THAT(
      xml, HasSubstr("<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"tour\" version=\"1\" xml:lang=\"en\">"));
  EXPECT_THAT(xml, HasSubstr("<title>Library Website Tour</title>"));
  EXPECT_EQ(read_file(lesson / "files" / "track-6a26cf9a76866.vtt"), kVtt);
  EXPECT_EQ(author({"validate", (lesson / "lesson.xml").string()}).exit_code, 0);
}

TEST_F(ImportH5pCommand, CaptionFileMissingFromThePackageIsListed) {
  std::vector<ZipEntry> entries = library_tour_package();
  entries.pop_back();  // the .vtt
  const fs::path package = scratch_ / "no-captions.h5p";
  write_zip(package, entries);
  const fs::path lesson = scratch_ / "tour";
  const ProcessResult imported = author({"import-h5p", package.string(), "-o", lesson.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const std::string note =
      "captions 'files/track-6a26cf9a76866.vtt': not converted: the file is missing: " + package.string() +
      ": the package has no file 'content/files/track-6a26cf9a76866.vtt'\n";
  EXPECT_THAT(imported.err, HasSubstr("cuepoint-author import-h5p: " + note));
  EXPECT_THAT(read_file(lesson / "IMPORT-NOTES.txt"), HasSubstr("(5):\n" + note));
  EXPECT_THAT(read_file(lesson / "lesson.xml"), ::testing::Not(HasSubstr("<captions")));
  EXPECT_EQ(author({"validate", (lesson / "lesson.xml").string()}).exit_code, 0);
}

struct Hostile {
  std::string what;
  std::vector<ZipEntry> entries;
  std::string message;  // after "PACKAGE: "
};

TEST_F(ImportH5pCommand, HostilePackagesAreRefusedAndNothingIsWritten) {
  std::vector<ZipEntry> many = library_tour_package();
  for (int i = 0; i < 20000; ++i) many.push_back({"content/images/" + std::to_string(i) + ".png", "", ""});
  std::vector<ZipEntry> bomb = library_tour_package();
  bomb.push_back({"content/videos/zeros.mp4", std::string(std::size_t{40} << 20, '\0'), ""});
  const std::vector<Hostile> hostile = {
      {"zip-slip",
       {{"content/../../escaped.txt", "owned", ""}},
       "refused: entry 'content/../../escaped.txt' leaves the package folder ('..')"},
      {"absolute",
       {{"/tmp/escaped.txt", "owned", ""}},
       "refused: entry '/tmp/escaped.txt' has an absolute name"},
      {"link",
       {{"content/videos/link.mp4", "", "/etc/passwd"}},
       "refused: entry 'content/videos/link.mp4' is not a regular file (a link?)"},
      {"entry count", many, "refused: more than 20000 entries"},
      {"zip bomb", bomb,
       "refused: entry 'content/videos/zeros.mp4' expands the package more than 100 times its size (a zip "
       "bomb?)"},
  };
  for (const auto& [what, entries, message] : hostile) {
    const fs::path package = scratch_ / "hostile.h5p";
    write_zip(package, entries);
    const ProcessResult result = author({"import-h5p", package.string(), "-o", (scratch_ / "out").string()});
    EXPECT_EQ(result.exit_code, 1) << what;
    EXPECT_EQ(result.err, "cuepoint-author import-h5p: " + package.string() + ": " + message + "\n") << what;
    EXPECT_FALSE(fs::exists(scratch_ / "out")) << what;
    EXPECT_FALSE(fs::exists(scratch_.path().parent_path() / "escaped.txt")) << what;
    fs::remove(package);
  }
  EXPECT_TRUE(fs::is_empty(scratch_.path())) << "a staging folder was left behind";
}

TEST_F(ImportH5pCommand, BadInputsAreRefusedWithTheReason) {
  const fs::path out = scratch_ / "out";
  const fs::path missing = scratch_ / "missing.h5p";
  ProcessResult result = author({"import-h5p", missing.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author import-h5p: " + missing.string() + ": no such file\n");

  const fs::path content = unpacked(kLibraryTour);  // no video next to it
  result = author({"import-h5p", content.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author import-h5p: the content names 'videos/files-6a26cf59a7d56.mp4', but there "
            "is no file " +
                (scratch_ / "h5p" / "videos/files-6a26cf59a7d56.mp4").string() + "\n");
  EXPECT_FALSE(fs::exists(out));

  write_file(scratch_ / "h5p" / "videos" / "files-6a26cf59a7d56.mp4", "not a video at all");
  result = author({"import-h5p", content.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(
      result.err,
      HasSubstr("cuepoint-author import-h5p: cannot play the video 'videos/files-6a26cf59a7d56.mp4': "));
  EXPECT_FALSE(fs::exists(out));

  write_file(scratch_ / "book.json", R"({"chapters": []})");
  result = author({"import-h5p", (scratch_ / "book.json").string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author import-h5p: " + (scratch_ / "book.json").string() +
                ": not the parameters of an H5P Interactive Video: there is no \"interactiveVideo\" "
                "object at the top level\n");

  write_file(scratch_ / "dup.json", "{\"interactiveVideo\": {},\n \"interactiveVideo\": {}}");
  result = author({"import-h5p", (scratch_ / "dup.json").string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr((scratch_ / "dup.json").string() + ":2:"));
  EXPECT_THAT(result.err, HasSubstr("appears twice"));

  const fs::path presentation = scratch_ / "slides.h5p";
  write_zip(presentation,
            {{"h5p.json", R"({"title": "Slides", "mainLibrary": "H5P.CoursePresentation"})", ""},
             {"content/content.json", "{}", ""}});
  result = author({"import-h5p", presentation.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author import-h5p: " + presentation.string() +
                            ": this is an H5P.CoursePresentation package, not an H5P.InteractiveVideo\n");

  write_file(scratch_ / "text.h5p", "{}");
  result = author({"import-h5p", (scratch_ / "text.h5p").string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author import-h5p: " + (scratch_ / "text.h5p").string() +
                            ": not an H5P package: it is not a zip file\n");

  // A package cut short: its central directory is gone.
  const fs::path package = scratch_ / "cut.h5p";
  write_zip(package, library_tour_package());
  fs::resize_file(package, fs::file_size(package) / 2);
  result = author({"import-h5p", package.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author import-h5p: " + package.string() + ": "));
  EXPECT_FALSE(fs::exists(out));

  write_file(out / "lesson.xml", "keep me");
  result = author({"import-h5p", (kFixtures / kLibraryTour).string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author import-h5p: " + out.string() +
                            " already exists and is not an empty folder; name a new one with -o\n");
  EXPECT_EQ(read_file(out / "lesson.xml"), "keep me");

  EXPECT_EQ(author({"import-h5p", content.string()}).exit_code, 2);  // -o is required
}

}  // namespace
}  // namespace cuepoint::testing
