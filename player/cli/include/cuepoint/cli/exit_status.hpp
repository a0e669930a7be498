// The exit statuses every Cuepoint command shares. A command may add its own
// above these (`cuepoint --headless`: 3, `cuepoint upload`: 3 and 4), documented
// in its --help footer.
#pragma once

namespace cuepoint::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // bad input (lesson, media, file) or the work failed
inline constexpr int kExitUsage = 2;   // the command line itself is wrong

}  // namespace cuepoint::cli
