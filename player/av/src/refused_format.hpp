// Naming content that FFmpeg recognised as a demuxer outside the whitelist, so the
// refusal says what the file really is ("an HLS playlist") instead of FFmpeg's
// "Invalid argument".
#pragma once

#include <optional>
#include <string>

namespace cuepoint::av {

// What FFmpeg takes `head` (the file's first bytes, named `file_name`) for, as a
// sentence, when that is not in `whitelist`; nullopt when it is or nothing matches.
std::optional<std::string> refused_format(const std::string& head, const std::string& file_name,
                                          const std::string& whitelist);

}  // namespace cuepoint::av
