#include "cuepoint/media/logging.hpp"

extern "C" {
#include <libavutil/log.h>
}

namespace cuepoint::media {

void set_library_log(LibraryLog level) {
  switch (level) {
    case LibraryLog::Quiet:
      av_log_set_level(AV_LOG_QUIET);
      break;
    case LibraryLog::Errors:
      av_log_set_level(AV_LOG_ERROR);
      break;
    case LibraryLog::Verbose:
      av_log_set_level(AV_LOG_VERBOSE);
      break;
  }
}

}  // namespace cuepoint::media
