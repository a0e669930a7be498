#include "cuepoint/av/error_text.hpp"

#include <array>

extern "C" {
#include <libavutil/error.h>
}

namespace cuepoint::av {

std::string av_error_text(int code) {
  std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
  av_strerror(code, text.data(), text.size());
  return text.data();
}

}  // namespace cuepoint::av
