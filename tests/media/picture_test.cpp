// Pictures: texture layouts for every decoded pixel format, and PNG snapshots that
// match FFmpeg's own RGB conversion of the same frame.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "clip_paths.hpp"
#include "cuepoint/media/playback.hpp"
#include "process.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace cuepoint::media::testing {
namespace {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // packed RGB24
};

// Decodes a PNG with FFmpeg's PNG decoder (independent of the engine's writer).
RgbImage read_png(const std::filesystem::path& path) {
  AVFormatContext* raw = nullptr;
  if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0)
    throw std::runtime_error("cannot open png");
  std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> format(
      raw, [](AVFormatContext* f) { avformat_close_input(&f); });
  avformat_find_stream_info(format.get(), nullptr);
  const AVCodecParameters* params = format->streams[0]->codecpar;
  if (params->codec_id != AV_CODEC_ID_PNG) throw std::runtime_error("not a png");
  const AVCodec* codec = avcodec_find_decoder(AV_CODEC_ID_PNG);
  std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> decoder(
      avcodec_alloc_context3(codec), [](AVCodecContext* c) { avcodec_free_context(&c); });
  avcodec_parameters_to_context(decoder.get(), params);
  avcodec_open2(decoder.get(), codec, nullptr);
  std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(),
                                                        [](AVPacket* p) { av_packet_free(&p); });
  std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(), [](AVFrame* f) { av_frame_free(&f); });
  if (av_read_frame(format.get(), packet.get()) < 0) throw std::runtime_error("empty png");
  avcodec_send_packet(decoder.get(), packet.get());
  if (avcodec_receive_frame(decoder.get(), frame.get()) < 0) throw std::runtime_error("undecodable png");
  if (frame->format != AV_PIX_FMT_RGB24) throw std::runtime_error("png is not RGB24");
  RgbImage image{frame->width, frame->height, {}};
  for (int y = 0; y < frame->height; ++y) {
    const std::uint8_t* row = frame->data[0] + static_cast<std::ptrdiff_t>(y) * frame->linesize[0];
    image.pixels.insert(image.pixels.end(), row, row + 3 * frame->width);
  }
  return image;
}

// The first frame as RGB24, converted by the ffmpeg CLI.
std::vector<std::uint8_t> ffmpeg_rgb(const std::filesystem::path& clip_path,
                                     const std::filesystem::path& out) {
  cuepoint::testing::run_or_throw({"ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i",
                                   clip_path.string(), "-frames:v", "1", "-sws_flags",
                                   "bicubic+accurate_rnd+full_chroma_int", "-f", "rawvideo", "-pix_fmt",
                                   "rgb24", out.string()});
  std::ifstream in(out, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class PictureFormats : public ::testing::TestWithParam<std::pair<std::string, PixelLayout>> {};

TEST_P(PictureFormats, PngMatchesFfmpegsConversion) {
  const auto path = clip(GetParam().first);
  auto playback = Playback::open(path, PlaybackOptions{});
  const Picture picture = *playback->shown();
  const auto png = scratch_dir() / (GetParam().first + ".png");
  std::filesystem::remove(png);
  picture.write_png(png);
  const RgbImage image = read_png(png);
  EXPECT_EQ(image.width, picture.width());
  EXPECT_EQ(image.height, picture.height());
  EXPECT_EQ(image.width, playback->info().width);
  EXPECT_EQ(image.height, playback->info().height);

  const std::vector<std::uint8_t> expected = ffmpeg_rgb(path, scratch_dir() / (GetParam().first + ".rgb"));
  ASSERT_EQ(expected.size(), image.pixels.size());
  // Same scaler flags as ours; rounding paths may still differ by a unit here and
  // there. A wrong matrix, range or frame would be off by far more.
  double total = 0;
  for (std::size_t i = 0; i < expected.size(); ++i)
    total += std::abs(int(expected[i]) - int(image.pixels[i]));
  EXPECT_LT(total / static_cast<double>(expected.size()), 1.0) << GetParam().first;
}

TEST_P(PictureFormats, TextureLayoutAndPlanes) {
  auto playback = Playback::open(clip(GetParam().first), PlaybackOptions{});
  const Picture picture = *playback->shown();
  EXPECT_EQ(picture.layout(), GetParam().second);
  const int planes = picture.layout() == PixelLayout::NV12 ? 2 : 3;
  for (int i = 0; i < planes; ++i) {
    EXPECT_NE(picture.plane(i).data, nullptr);
    EXPECT_GE(picture.plane(i).pitch, i == 0 || planes == 2 ? picture.width() : picture.width() / 2);
  }
  EXPECT_THROW(picture.plane(planes), std::out_of_range);
  EXPECT_THROW(picture.plane(-1), std::out_of_range);
}

INSTANTIATE_TEST_SUITE_P(
    Formats, PictureFormats,
    ::testing::Values(std::pair{std::string("h264_bframes_25.mp4"), PixelLayout::YUV420P},
                      std::pair{std::string("fmt_yuv420p10le.mkv"), PixelLayout::YUV420P},
                      std::pair{std::string("fmt_yuvj420p.mp4"), PixelLayout::YUV420P},
                      std::pair{std::string("fmt_nv12.nut"), PixelLayout::NV12},
                      std::pair{std::string("fmt_yuv444p.mkv"), PixelLayout::YUV420P},
                      std::pair{std::string("fmt_gray.mkv"), PixelLayout::YUV420P},
                      std::pair{std::string("portrait_30.mp4"), PixelLayout::YUV420P}),
    [](const auto& info) {
      std::string name = info.param.first;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

TEST(Picture, PngIntoAMissingDirectoryNamesThePath) {
  auto playback = Playback::open(clip("h264_bframes_25.mp4"), PlaybackOptions{});
  const auto target = scratch_dir() / "missing-dir" / "shot.png";
  try {
    playback->shown()->write_png(target);
    FAIL() << "writing into a missing directory must fail";
  } catch (const MediaError& error) {
    EXPECT_EQ(std::string(error.what()), target.string() + ": cannot create the PNG file");
  }
}

TEST(Picture, StaysValidAfterThePlaybackMovesOn) {
  auto playback = Playback::open(clip("h264_bframes_25.mp4"), PlaybackOptions{});
  const Picture first = *playback->shown();
  const std::vector<std::uint8_t> first_row(first.plane(0).data, first.plane(0).data + first.width());
  playback->seek(2'000'000);
  playback.reset();
  EXPECT_EQ(std::vector<std::uint8_t>(first.plane(0).data, first.plane(0).data + first.width()), first_row);
}

}  // namespace
}  // namespace cuepoint::media::testing
