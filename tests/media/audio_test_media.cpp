#include "audio_test_media.hpp"

#include <unistd.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "process.hpp"

#ifndef CUEPOINT_AUDIO_TEST_MEDIA_DIR
#error \
    "tests/media/audio.cmake defines CUEPOINT_AUDIO_TEST_MEDIA_DIR: include it from tests/media/CMakeLists.txt"
#endif

namespace cuepoint::media::testing {
namespace {

namespace fs = std::filesystem;

fs::path media_dir() {
  const fs::path dir(CUEPOINT_AUDIO_TEST_MEDIA_DIR);
  fs::create_directories(dir);
  return dir;
}

// Writes to a private partial file then renames, so test processes running in
// parallel never see a half-written clip.
fs::path generate(const std::string& name, const std::vector<std::string>& arguments) {
  const fs::path target = media_dir() / name;
  if (fs::exists(target)) return target;
  const fs::path partial = media_dir() / ("partial." + std::to_string(::getpid()) + "." + name);
  std::vector<std::string> command = {
      CUEPOINT_FFMPEG_EXECUTABLE, "-hide_banner", "-loglevel", "error", "-nostdin", "-y"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  command.push_back(partial.string());
  cuepoint::testing::run_or_throw(command);
  fs::rename(partial, target);
  return target;
}

}  // namespace

std::filesystem::path noise_wav() {
  return generate("noise.wav", {"-f", "lavfi", "-i", "anoisesrc=d=4:c=white:r=44100:a=0.5:seed=7", "-ac", "2",
                                "-c:a", "pcm_s16le"});
}

std::filesystem::path noise_m4a() {
  return generate("noise.m4a", {"-f", "lavfi", "-i", "anoisesrc=d=4:c=pink:r=44100:a=0.3:seed=11", "-ac", "2",
                                "-c:a", "aac", "-aac_pns", "0", "-b:a", "128k"});
}

std::filesystem::path noise_ts() {
  return generate("noise.ts", {"-f", "lavfi", "-i", "anoisesrc=d=4:c=pink:r=48000:a=0.3:seed=13", "-ac", "2",
                               "-c:a", "aac", "-aac_pns", "0", "-b:a", "128k"});
}

std::filesystem::path sine_wav() {
  return generate("sine440.wav", {"-f", "lavfi", "-i", "sine=frequency=440:duration=4:sample_rate=44100",
                                  "-af", "volume=0.125", "-c:a", "pcm_s16le"});
}

std::filesystem::path late_audio() {
  return generate(
      "late_audio.mkv",
      {"-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=2", "-itsoffset", "0.5", "-f", "lavfi",
       "-i", "sine=frequency=440:duration=1.5:sample_rate=44100", "-c:v", "mpeg4", "-c:a", "pcm_s16le"});
}

std::filesystem::path silent_video() {
  return generate("silent_video.mp4",
                  {"-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "mpeg4"});
}

std::filesystem::path truncated_ts() {
  const fs::path target = media_dir() / "truncated.ts";
  if (fs::exists(target)) return target;
  std::ifstream in(noise_ts(), std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const fs::path partial = media_dir() / ("partial." + std::to_string(::getpid()) + ".truncated.ts");
  {
    std::ofstream out(partial, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() * 6 / 10 + 97));
  }
  fs::rename(partial, target);
  return target;
}

}  // namespace cuepoint::media::testing
