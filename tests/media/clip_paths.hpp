// Where the generated test clips live (see make_clips.sh).
#pragma once

#include <filesystem>
#include <string>

namespace cuepoint::media::testing {

std::filesystem::path clip(const std::string& name);

// A scratch directory in the build tree for files the tests write.
std::filesystem::path scratch_dir();

}  // namespace cuepoint::media::testing
