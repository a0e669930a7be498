// cuepoint-author preview, run as a separate process on the sample lesson: one tile per cue,
// each tile's frame the one the player itself stops on (compared with `cuepoint --headless
// --frames-dir`), and every bad input refused with its message, writing nothing.
#include <cairo.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "author_process.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kScratch = fs::path(AUTHORING_TEST_SCRATCH) / ("preview-" + std::to_string(::getpid()));
const fs::path kSample = fs::path(CUEPOINT_SOURCE_DIR) / "samples/intro-fractions";
constexpr int kVideoWidth = 1280;  // the sample's video: tiles at this width are not scaled

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using Image = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;

Image read_png(const fs::path& path) {
  Image image(cairo_image_surface_create_from_png(path.c_str()));
  if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error("cannot read " + path.string());
  }
  cairo_surface_flush(image.get());
  return image;
}

// The channel value (0..255) of a pixel of an RGB24 or opaque ARGB32 surface.
int channel(cairo_surface_t* image, int x, int y, int c) {
  const unsigned char* row = cairo_image_surface_get_data(image) + y * cairo_image_surface_get_stride(image);
  std::uint32_t pixel = 0;
  std::memcpy(&pixel, row + x * 4, 4);
  return static_cast<int>((pixel >> (16 - 8 * c)) & 0xFF);
}

// How well `tile` is `frame` under a uniform dimming (the scrim behind the question card) over
// `region`: the least-squares factor and the mean absolute residual after it.
struct Fit {
  double factor = 0;
  double residual = 0;
};
Fit fit(cairo_surface_t* tile, cairo_surface_t* frame, int x0, int y0, int width, int height) {
  double tf = 0;
  double ff = 0;
  for (int y = y0; y < y0 + height; ++y) {
    for (int x = x0; x < x0 + width; ++x) {
      for (int c = 0; c < 3; ++c) {
        tf += channel(tile, x, y, c) * double(channel(frame, x, y, c));
        ff += channel(frame, x, y, c) * double(channel(frame, x, y, c));
      }
    }
  }
  Fit result;
  result.factor = ff > 0 ? tf / ff : 0;
  double residual = 0;
  for (int y = y0; y < y0 + height; ++y) {
    for (int x = x0; x < x0 + width; ++x) {
      for (int c = 0; c < 3; ++c) {
        residual += std::abs(channel(tile, x, y, c) - result.factor * channel(frame, x, y, c));
      }
    }
  }
  result.residual = residual / (3.0 * width * height);
  return result;
}

class PreviewCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fs::create_directories(kScratch);
    // The frames the player itself stops on.
    const ProcessResult played =
        run({CUEPOINT_BINARY, kSample.string(), "--headless", "--quiet", "--answers",
             (kSample / "answers.json").string(), "--frames-dir", (kScratch / "frames").string(), "--db",
             (kScratch / "responses.sqlite").string()},
            300);
    ASSERT_EQ(played.exit_code, 0) << played.err;
    const ProcessResult previewed =
        author({"preview", kSample.string(), "-o", (kScratch / "sheet.png").string(), "--each",
                (kScratch / "tiles").string(), "--width", std::to_string(kVideoWidth)});
    ASSERT_EQ(previewed.exit_code, 0) << previewed.err;
    preview_out() = previewed.out;
    preview_err() = previewed.err;
  }
  static void TearDownTestSuite() { fs::remove_all(kScratch); }
  static std::string& preview_out() {
    static std::string out;
    return out;
  }
  static std::string& preview_err() {
    static std::string err;
    return err;
  }
};

const std::vector<std::string> kPausingCues = {
    "prior-knowledge",       "what-is-denominator", "compare-fifths",     "equivalent-to-half",
    "simplify-four-eighths", "quarter-as-decimal",  "explain-equivalence"};

TEST_F(PreviewCommandTest, OneTilePerCueOfTheSampleLesson) {
  EXPECT_EQ(preview_out(), (kScratch / "sheet.png").string() + ": 8 cues\n");
  EXPECT_EQ(preview_err(), "");  // not on a terminal: no progress bar
  int tiles = 0;
  for (const auto& entry : fs::directory_iterator(kScratch / "tiles")) {
    EXPECT_EQ(entry.path().extension(), ".png");
    ++tiles;
  }
  EXPECT_EQ(tiles, 8);
  for (const auto& cue : kPausingCues) EXPECT_TRUE(fs::exists(kScratch / "tiles" / (cue + ".png"))) << cue;
  EXPECT_TRUE(fs::exists(kScratch / "tiles" / "fold-paper.png"));  // the note that does not pause
  // Three tiles a row, three rows, each 720 high plus its label.
  const Image sheet = read_png(kScratch / "sheet.png");
  EXPECT_EQ(cairo_image_surface_get_width(sheet.get()), 3 * kVideoWidth + 4 * 24);
  EXPECT_GT(cairo_image_surface_get_height(sheet.get()), 3 * 720);
  EXPECT_LT(cairo_image_surface_get_height(sheet.get()), 3 * 720 + 3 * 100);
}

TEST_F(PreviewCommandTest, EachTileShowsTheFrameThePlayerStopsOn) {
  for (std::size_t i = 0; i < kPausingCues.size(); ++i) {
    const auto& cue = kPausingCues[i];
    const Image tile = read_png(kScratch / "tiles" / (cue + ".png"));
    const Image frame = read_png(kScratch / "frames" / (cue + "-1.png"));
    ASSERT_EQ(cairo_image_surface_get_width(tile.get()), cairo_image_surface_get_width(frame.get())) << cue;
    ASSERT_EQ(cairo_image_surface_get_height(tile.get()), cairo_image_surface_get_height(frame.get())) << cue;
    // Left of the question card and above the control bar, the tile is the frame dimmed by the scrim.
    const Fit same = fit(tile.get(), frame.get(), 0, 40, 260, 520);
    std::cout << cue << ": factor " << same.factor << ", residual " << same.residual << "\n";
    EXPECT_GT(same.factor, 0.3) << cue;
    EXPECT_LT(same.factor, 0.9) << cue << ": the frozen frame is dimmed behind the card";
    EXPECT_LT(same.residual, 1.0) << cue << ": colour conversion rounding only";
    // And it is not just any slide: the frame of another cue fits clearly worse.
    const auto& other = kPausingCues[(i + 1) % kPausingCues.size()];
    const Image other_frame = read_png(kScratch / "frames" / (other + "-1.png"));
    EXPECT_GT(fit(tile.get(), other_frame.get(), 0, 40, 260, 520).residual, same.residual + 3.0)
        << cue << " against " << other;
  }
}

TEST_F(PreviewCommandTest, MissingLessonIsNamed) {
  const fs::path out = kScratch / "missing.png";
  const auto result = author({"preview", (kScratch / "nope.xml").string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, (kScratch / "nope.xml").string() +
                            ": error: cannot open the file: it does not exist\ncuepoint-author preview: " +
                            (kScratch / "nope.xml").string() +
                            ": cannot preview a lesson with errors (see above)\n");
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(PreviewCommandTest, InvalidLessonGetsTheLoadersDiagnostics) {
  const fs::path lesson = kScratch / "invalid" / "lesson.xml";
  fs::create_directories(lesson.parent_path());
  std::ofstream(lesson) << "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"x\" version=\"1\">\n"
                           "  <title>T</title>\n"
                           "  <video src=\"v.mp4\"/>\n"
                           "</lesson>\n";
  const fs::path out = kScratch / "invalid.png";
  const auto result = author({"preview", lesson.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(lesson.string() + ":3:3: error: video file 'v.mp4' not found"));
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(PreviewCommandTest, UnwritableOutputIsRefusedBeforeAnyWork) {
  const auto result = author({"preview", kSample.string(), "-o", "/nonexistent-folder/sheet.png"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(
      result.err,
      "cuepoint-author preview: cannot write /nonexistent-folder/sheet.png: the folder /nonexistent-folder "
      "does not exist\n");
  const auto folder = author({"preview", kSample.string(), "-o", kScratch.string()});
  EXPECT_EQ(folder.exit_code, 1);
  EXPECT_EQ(folder.err, "cuepoint-author preview: cannot write " + kScratch.string() + ": it is a folder\n");
}

TEST_F(PreviewCommandTest, EachFolderThatIsAFileIsRefused) {
  const fs::path file = kScratch / "a-file";
  std::ofstream(file) << "x";
  const fs::path out = kScratch / "each-refused.png";
  const auto result = author({"preview", kSample.string(), "-o", out.string(), "--each", file.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author preview: cannot create the folder " + file.string()));
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(PreviewCommandTest, WidthOutOfRangeIsAUsageError) {
  const fs::path out = kScratch / "zero.png";
  const auto result = author({"preview", kSample.string(), "-o", out.string(), "--width", "0"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author preview: --width must be 160..3840 pixels, got 0\n"));
  EXPECT_FALSE(fs::exists(out));
  const auto huge = author({"preview", kSample.string(), "-o", out.string(), "--width", "5000"});
  EXPECT_EQ(huge.exit_code, 2);
  EXPECT_THAT(huge.err, HasSubstr("cuepoint-author preview: --width must be 160..3840 pixels, got 5000\n"));
}

TEST_F(PreviewCommandTest, ALessonWithoutCuesIsRefused) {
  const fs::path folder = kScratch / "no-cues";
  fs::create_directories(folder);
  fs::copy_file(kSample / "lecture.mp4", folder / "lecture.mp4");
  ASSERT_EQ(author({"new", (folder / "lecture.mp4").string()}).exit_code, 0);
  const fs::path out = kScratch / "no-cues.png";
  const auto result = author({"preview", folder.string(), "-o", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author preview: " + (folder / "lesson.xml").string() +
                                    ": the lesson has no cues: nothing to preview\n"));
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(PreviewCommandTest, DrawingShowsProgressOnATerminal) {
  const fs::path out = kScratch / "terminal.png";
  const auto result = author_on_terminal({"preview", kSample.string(), "-o", out.string(), "--width", "160"});
  ASSERT_EQ(result.exit_code, 0) << result.out;
  EXPECT_THAT(result.out, HasSubstr("] 0/8 cues drawn\r["));
  EXPECT_THAT(result.out, HasSubstr("] 8/8 cues drawn\r\n" + out.string() + ": 8 cues\r\n"));
}

}  // namespace
}  // namespace cuepoint::testing
