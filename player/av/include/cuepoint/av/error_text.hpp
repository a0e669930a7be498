// FFmpeg's words for its status codes, for the messages of every FFmpeg reader.
#pragma once

#include <string>

namespace cuepoint::av {

// FFmpeg's description of an AVERROR code, e.g. "No such file or directory".
std::string av_error_text(int code);

}  // namespace cuepoint::av
