// The RFC 3339 UTC times the recorder writes ("2026-11-24T05:21:03.123Z") as
// Unix milliseconds, so that answer times can be subtracted.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cuepoint::report {

// Accepts "YYYY-MM-DDTHH:MM:SS" with an optional fraction (1 to 9 digits, kept to
// the millisecond) and "Z"; nothing else (no offsets, no spaces).
std::optional<std::int64_t> parse_utc_millis(std::string_view text);

}  // namespace cuepoint::report
