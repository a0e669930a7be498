#include "window_clips.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "temp_dir.hpp"

namespace cuepoint::window::testing {
namespace {

// Five frames at 25 fps; scrolling moves every edge between frames, so a
// neighbouring frame differs all over the picture, not only in a corner.
std::vector<std::string> encode_args(const std::string& size, const std::string& filters,
                                     const std::vector<std::string>& codec) {
  std::vector<std::string> args = {"-f",  "lavfi",
                                   "-i",  "testsrc2=size=" + size + ":rate=25:duration=0.2",
                                   "-vf", "scroll=horizontal=0.03:vertical=0.02," + filters};
  args.insert(args.end(), codec.begin(), codec.end());
  return args;
}

std::vector<std::string> clip_args(const std::string& name) {
  const std::vector<std::string> x264 = {"-c:v", "libx264", "-preset", "veryfast", "-bf", "0"};
  auto with = [](std::vector<std::string> base, const std::vector<std::string>& more) {
    base.insert(base.end(), more.begin(), more.end());
    return base;
  };
  if (name == "bt601_320x240.mp4")
    return encode_args("320x240", "scale=out_color_matrix=bt601:out_range=tv,format=yuv420p",
                       with(x264, {"-colorspace", "smpte170m", "-color_range", "tv"}));
  if (name == "bt709_1280x720.mp4")
    return encode_args("1280x720", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
                       with(x264, {"-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                                   "-color_range", "tv"}));
  if (name == "yuvj420p_full.mp4")
    return encode_args("320x240", "scale=out_color_matrix=bt601:out_range=pc,format=yuvj420p",
                       with(x264, {"-colorspace", "bt470bg", "-color_range", "pc"}));
  if (name == "bt709_full.mp4")
    return encode_args("320x240", "scale=out_color_matrix=bt709:out_range=pc,format=yuv420p",
                       with(x264, {"-colorspace", "bt709", "-color_range", "pc"}));
  if (name == "anamorphic_720x576.mp4") return encode_args("720x576", "setsar=4/3,format=yuv420p", x264);
  if (name == "yuv420p10le.mkv") return encode_args("320x240", "format=yuv420p10le", x264);
  if (name == "nv12.nut") return encode_args("320x240", "format=nv12", {"-c:v", "rawvideo"});
  if (name == "bt2020.mkv")
    return encode_args("320x240", "scale=out_color_matrix=bt2020:out_range=tv,format=yuv420p",
                       with(x264, {"-colorspace", "bt2020nc", "-color_range", "tv"}));
  throw std::invalid_argument("no window test clip named " + name);
}

std::string file_name(const std::string& name) {
  static const std::map<std::string, std::string> files = {{"bt601_320x240", "bt601_320x240.mp4"},
                                                           {"bt709_1280x720", "bt709_1280x720.mp4"},
                                                           {"yuvj420p_full", "yuvj420p_full.mp4"},
                                                           {"bt709_full", "bt709_full.mp4"},
                                                           {"anamorphic_720x576", "anamorphic_720x576.mp4"},
                                                           {"yuv420p10le", "yuv420p10le.mkv"},
                                                           {"nv12", "nv12.nut"},
                                                           {"bt2020", "bt2020.mkv"}};
  const auto found = files.find(name);
  if (found == files.end()) throw std::invalid_argument("no window test clip named " + name);
  return found->second;
}

}  // namespace

const std::filesystem::path& scratch() {
  static const cuepoint::testing::TempDir dir("window");
  return dir.path();
}

const ReferenceClip& window_clip(const std::string& name) {
  static std::map<std::string, std::unique_ptr<ReferenceClip>> made;
  auto& clip = made[name];
  if (!clip) {
    const std::string file = file_name(name);
    clip = std::make_unique<ReferenceClip>(
        cuepoint::testing::make_reference_clip(scratch(), file, clip_args(file)));
  }
  return *clip;
}

media::Picture decoded_frame(const ReferenceClip& clip, std::size_t index) {
  auto playback = media::Playback::open(clip.file, media::PlaybackOptions{});
  playback->seek(clip.frame_times.at(index));
  const auto shown = playback->shown();
  if (!shown || shown->lesson_time() != clip.frame_times[index])
    throw std::runtime_error("the engine does not show frame " + std::to_string(index) + " of " +
                             clip.file.string());
  return *shown;
}

DisplayOptions test_window(int width, int height) {
  DisplayOptions options;
  options.title = "cuepoint window test";
  options.width = width;
  options.height = height;
  options.software = true;
  options.hidden = true;
  return options;
}

media::RgbImage reference_image(const ReferenceClip& clip, std::size_t index, int width, int height) {
  const std::uint8_t* frame = clip.rgb.data() + index * clip.frame_bytes();
  media::RgbImage image{width, height, std::vector<std::uint8_t>(std::size_t(width) * height * 3)};
  const double sx = double(clip.width) / width;
  const double sy = double(clip.height) / height;
  for (int y = 0; y < height; ++y) {
    const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, double(clip.height - 1));
    const int y0 = int(fy);
    const int y1 = std::min(y0 + 1, clip.height - 1);
    const double wy = fy - y0;
    for (int x = 0; x < width; ++x) {
      const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, double(clip.width - 1));
      const int x0 = int(fx);
      const int x1 = std::min(x0 + 1, clip.width - 1);
      const double wx = fx - x0;
      for (int c = 0; c < 3; ++c) {
        auto at = [&](int px, int py) { return double(frame[(std::size_t(py) * clip.width + px) * 3 + c]); };
        const double top = at(x0, y0) * (1 - wx) + at(x1, y0) * wx;
        const double bottom = at(x0, y1) * (1 - wx) + at(x1, y1) * wx;
        image.pixels[(std::size_t(y) * width + x) * 3 + c] =
            static_cast<std::uint8_t>(std::lround(top * (1 - wy) + bottom * wy));
      }
    }
  }
  return image;
}

}  // namespace cuepoint::window::testing
