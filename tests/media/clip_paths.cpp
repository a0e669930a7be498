#include "clip_paths.hpp"

namespace cuepoint::media::testing {

std::filesystem::path clip(const std::string& name) {
  return std::filesystem::path(CUEPOINT_MEDIA_CLIP_DIR) / name;
}

std::filesystem::path scratch_dir() {
  const auto dir = std::filesystem::path(CUEPOINT_MEDIA_CLIP_DIR) / "scratch";
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace cuepoint::media::testing
