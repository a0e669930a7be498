// Bundles as text for tests: one written from a store, and hostile ones sealed
// with a correct end line (so that the reader's checks past the SHA-256 are reached).
#pragma once

#include <string>
#include <vector>

#include "cuepoint/store/store.hpp"

namespace cuepoint::testing {

// `cuepoint export --bundle`'s bytes for `store`, from device "device-a".
std::string bundle_of(store::Store& store, const std::string& device_id = "device-a");

// The lines of a bundle without its end line.
std::vector<std::string> lines_of(const std::string& bundle);

// `lines` (header first) followed by a correct end line: record count and SHA-256.
std::string sealed(const std::vector<std::string>& lines);

}  // namespace cuepoint::testing
