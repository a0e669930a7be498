// Targets whose code reads a file, not bytes: each input is written to one scratch
// file per fuzzing process (under TMPDIR; scripts/fuzz.sh gives every run its own).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_check.hpp"

namespace cuepoint::fuzz {

inline std::filesystem::path write_scratch_file(const std::string& name, const std::uint8_t* data,
                                                std::size_t size) {
  static const auto folder = [] {
    auto path = std::filesystem::temp_directory_path() / ("cuepoint-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  const auto file = folder / name;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  check(static_cast<bool>(out.flush()), "the scratch file is written");
  return file;
}

}  // namespace cuepoint::fuzz
