// Whether a person is watching: the one OS-specific question the command-line
// front ends ask (isatty on POSIX, _isatty on Windows).
#pragma once

namespace cuepoint::cli {

bool stderr_is_terminal();

}  // namespace cuepoint::cli
