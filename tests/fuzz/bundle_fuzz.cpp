// An answers bundle as `cuepoint-author collect` reads it (parse_bundle, small
// limits): never a crash; a bad bundle is a BundleError naming the file; an accepted
// one merges into an empty database without anything but a BundleError, and merging
// it again adds nothing.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "cuepoint/bundle/bundle_merge.hpp"
#include "cuepoint/bundle/bundle_reader.hpp"
#include "fuzz_check.hpp"
#include "scratch_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using cuepoint::fuzz::check;
  namespace bundle = cuepoint::bundle;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  bundle::Bundle read;
  try {
    read = bundle::parse_bundle(
        text, "f.cpbundle",
        {.max_file_bytes = std::size_t{1} << 20, .max_line_bytes = 64 * 1024, .max_depth = 16});
  } catch (const bundle::BundleError& error) {
    check(std::string_view(error.what()).starts_with("f.cpbundle"), "a refusal names the file first");
    return 0;
  }
  // Accepted: only a hash-correct bundle gets here (a seed, or a mutation of the end line's count).
  // A fresh database each time: an empty file is a new database to Store::open.
  const auto db = cuepoint::fuzz::write_scratch_file("bundle-fuzz.sqlite", data, 0);
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  auto store = cuepoint::store::Store::open(db);
  try {
    bundle::merge_bundle(store, read);
    const auto again = bundle::merge_bundle(store, read);
    check(again.added.total() == 0, "merging a bundle twice adds nothing the second time");
  } catch (const bundle::BundleError& error) {
    check(std::string_view(error.what()).starts_with("f.cpbundle"), "a merge refusal names the file first");
  }
  return 0;
}
