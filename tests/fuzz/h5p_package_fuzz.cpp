// A .h5p package (a zip from anyone) opened as import-h5p opens it: never a crash;
// a bad package is an H5pError; an opened one names only safe relative entries.
#include <cstddef>
#include <cstdint>

#include "cuepoint/h5p/h5p_error.hpp"
#include "cuepoint/h5p/package.hpp"
#include "fuzz_check.hpp"
#include "scratch_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = cuepoint::fuzz::write_scratch_file("package.h5p", data, size);
  try {
    // Small limits, so that a bomb is found within the few seconds of a run.
    cuepoint::h5p::PackageLimits limits;
    limits.max_entries = 200;
    limits.max_bytes = std::uint64_t{64} << 20;
    limits.expansion_floor = std::uint64_t{1} << 20;
    const auto package = cuepoint::h5p::H5pPackage::open(file, limits);
    cuepoint::fuzz::check(!package.contains("../h5p.json") && !package.contains("/h5p.json"),
                          "no entry leads outside the package");
  } catch (const cuepoint::h5p::H5pError&) {
  }
  return 0;
}
