#include "clip_fixture.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "reference_decoder.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {
// The YUV to RGB conversion the player uses for its PNGs, so that the reference is
// FFmpeg's own decode converted the same way.
constexpr const char* kPlayerConversion = "bicubic+accurate_rnd+full_chroma_int";
}  // namespace

std::size_t ReferenceClip::frame_at(std::int64_t t) const {
  auto after = std::upper_bound(frame_times.begin(), frame_times.end(), t);
  if (after == frame_times.begin()) return 0;
  return static_cast<std::size_t>(after - frame_times.begin() - 1);
}

double ReferenceClip::difference(std::size_t index, const std::vector<std::uint8_t>& image) const {
  if (image.size() != frame_bytes()) return 255.0;
  const auto* frame = rgb.data() + index * frame_bytes();
  double sum = 0;
  for (std::size_t i = 0; i < image.size(); ++i) sum += std::abs(int(frame[i]) - int(image[i]));
  return sum / static_cast<double>(image.size());
}

ReferenceClip make_reference_clip(const std::filesystem::path& dir, const std::string& name,
                                  const std::vector<std::string>& ffmpeg_output_args) {
  ReferenceClip clip;
  clip.file = dir / name;
  std::vector<std::string> encode = {"ffmpeg", "-nostdin", "-loglevel", "error", "-y"};
  encode.insert(encode.end(), ffmpeg_output_args.begin(), ffmpeg_output_args.end());
  encode.push_back(clip.file.string());
  run_or_throw(encode);

  const auto probe =
      nlohmann::json::parse(run_or_throw({"ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                                          "stream=width,height", "-of", "json", clip.file.string()}));
  clip.width = probe["streams"][0]["width"].get<int>();
  clip.height = probe["streams"][0]["height"].get<int>();
  for (const auto& frame : reference_frames(clip.file)) clip.frame_times.push_back(frame.time);
  std::sort(clip.frame_times.begin(), clip.frame_times.end());

  const auto raw = dir / (name + ".rgb");
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", clip.file.string(), "-map", "0:v:0",
                "-fps_mode", "passthrough", "-sws_flags", kPlayerConversion, "-f", "rawvideo", "-pix_fmt",
                "rgb24", raw.string()});
  const auto bytes = read_file(raw);
  clip.rgb.assign(bytes.begin(), bytes.end());
  if (clip.rgb.size() != clip.frame_bytes() * clip.frame_times.size()) {
    throw std::runtime_error("reference decode of " + name + " has " + std::to_string(clip.rgb.size()) +
                             " bytes, expected " + std::to_string(clip.frame_times.size()) + " frames");
  }
  return clip;
}

std::vector<std::uint8_t> decode_image_rgb(const std::filesystem::path& image) {
  TempDir scratch("png");
  const auto raw = scratch / "image.rgb";
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", image.string(), "-f", "rawvideo",
                "-pix_fmt", "rgb24", raw.string()});
  const auto bytes = read_file(raw);
  return {bytes.begin(), bytes.end()};
}

}  // namespace cuepoint::testing
