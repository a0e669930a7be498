// How much of FFmpeg's own logging reaches stderr. Front ends report media
// problems themselves (MediaError names the file and the cause), so they keep
// FFmpeg quiet unless the user asks for its detail.
#pragma once

namespace cuepoint::media {

enum class LibraryLog { Quiet, Errors, Verbose };

// Process-wide; call once at start-up, before opening media.
void set_library_log(LibraryLog level);

}  // namespace cuepoint::media
