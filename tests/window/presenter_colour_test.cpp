// A decoded frame presented in the window and read back matches FFmpeg's own RGB
// decode of that frame, for each colour matrix, range, bit depth and layout the
// player meets, and is clearly further from the neighbouring frames; both ways to
// the screen (SDL's YUV textures, and swscale to the display size on the CPU).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <tuple>

#include "cuepoint/window/video_presenter.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using namespace testing;

struct ColourCase {
  std::string clip;
  media::PixelLayout layout;  // what the media library hands the texture
  media::ColorMatrix matrix;
  media::ColorRange range;
  media::AspectRatio sample_aspect;
};

std::ostream& operator<<(std::ostream& out, const ColourCase& c) { return out << c.clip; }

class PresentedColours : public ::testing::TestWithParam<std::tuple<ColourCase, VideoPath>> {
 protected:
  const ColourCase& colour() const { return std::get<0>(GetParam()); }
  VideoPath path() const { return std::get<1>(GetParam()); }
  std::string name() const {
    return colour().clip + (path() == VideoPath::Textures ? " (textures)" : " (scaled on the CPU)");
  }
};

TEST_P(PresentedColours, PictureSaysWhatTheTextureNeeds) {
  const ColourCase& expected = colour();
  const media::Picture picture = decoded_frame(window_clip(expected.clip), 2);
  EXPECT_EQ(picture.layout(), expected.layout);
  EXPECT_EQ(picture.color_matrix(), expected.matrix);
  EXPECT_EQ(picture.color_range(), expected.range);
  EXPECT_EQ(picture.sample_aspect_ratio().num, expected.sample_aspect.num);
  EXPECT_EQ(picture.sample_aspect_ratio().den, expected.sample_aspect.den);
}

TEST_P(PresentedColours, ReadBackMatchesFfmpegsDecodeOfThatFrame) {
  const ReferenceClip& clip = window_clip(colour().clip);
  constexpr std::size_t kShown = 2;
  const media::Picture picture = decoded_frame(clip, kShown);
  const media::AspectRatio sar = picture.sample_aspect_ratio();
  // A window of the picture's display size: the picture fills it.
  const int width = static_cast<int>(std::lround(double(clip.width) * sar.num / sar.den));
  const int height = clip.height;

  const Display display(test_window(width, height));
  VideoPresenter presenter(display, path());
  ASSERT_EQ(presenter.path(), path());
  presenter.upload(picture);
  presenter.compose();
  EXPECT_EQ(presenter.display_rect(), (Rect{0, 0, width, height}));
  const media::RgbImage shown = presenter.read_back();
  presenter.present();

  const double here = mean_difference(shown, reference_image(clip, kShown, width, height));
  // SDL converts with 8-bit fixed-point maths and nearest chroma, FFmpeg with
  // bicubic chroma (the CPU path: without accurate rounding): a few units apart.
  // A wrong matrix or range is 5 to 20 off.
  EXPECT_LT(here, 3.0) << name();
  for (const std::size_t neighbour : {kShown - 1, kShown + 1}) {
    const double there = mean_difference(shown, reference_image(clip, neighbour, width, height));
    EXPECT_GT(there, 2 * here + 2) << name() << " is not clearly closer to frame " << kShown
                                   << " than to frame " << neighbour;
  }
  std::cout << name() << ": mean difference " << here << " to its frame\n";

  // The read-back as a PNG (media's writer), decoded again by FFmpeg: the same pixels.
  const auto png =
      scratch() / (colour().clip + (path() == VideoPath::Textures ? "_textures" : "_scaled") + ".png");
  media::write_png(shown, png);
  EXPECT_EQ(cuepoint::testing::decode_image_rgb(png), shown.pixels);
  if (const char* keep = std::getenv("CUEPOINT_WINDOW_SHOTS"))
    media::write_png(shown, std::filesystem::path(keep) / png.filename());
}

using media::ColorMatrix;
using media::ColorRange;
using media::PixelLayout;

INSTANTIATE_TEST_SUITE_P(
    Clips, PresentedColours,
    ::testing::Combine(
        ::testing::Values(
            ColourCase{
                "bt601_320x240", PixelLayout::YUV420P, ColorMatrix::BT601, ColorRange::Limited, {1, 1}},
            ColourCase{
                "bt709_1280x720", PixelLayout::YUV420P, ColorMatrix::BT709, ColorRange::Limited, {1, 1}},
            ColourCase{"yuvj420p_full", PixelLayout::YUV420P, ColorMatrix::BT601, ColorRange::Full, {1, 1}},
            // SDL 2.26 has no full-range BT.709: converted to RGBA by swscale.
            ColourCase{"bt709_full", PixelLayout::RGBA, ColorMatrix::BT601, ColorRange::Full, {1, 1}},
            ColourCase{
                "anamorphic_720x576", PixelLayout::YUV420P, ColorMatrix::BT601, ColorRange::Limited, {4, 3}},
            ColourCase{"yuv420p10le", PixelLayout::YUV420P, ColorMatrix::BT601, ColorRange::Limited, {1, 1}},
            // The picture keeps NV12; the presenter asks for planar YUV on renderers without NV12.
            ColourCase{"nv12", PixelLayout::NV12, ColorMatrix::BT601, ColorRange::Limited, {1, 1}},
            // No SDL mode for BT.2020: converted to RGBA by swscale.
            ColourCase{"bt2020", PixelLayout::RGBA, ColorMatrix::BT601, ColorRange::Full, {1, 1}}),
        ::testing::Values(VideoPath::Textures, VideoPath::ScaledOnCpu)),
    [](const auto& info) {
      return std::get<0>(info.param).clip +
             (std::get<1>(info.param) == VideoPath::Textures ? "_Textures" : "_ScaledOnCpu");
    });

}  // namespace
}  // namespace cuepoint::window
