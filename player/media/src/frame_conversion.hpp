// Pixel-format conversion of decoded frames with swscale.
#pragma once

#include "av_handles.hpp"

namespace cuepoint::media {

// A new frame of `target` format at the source's size; honours the source's colour
// range and matrix. Throws MediaError on failure.
FramePtr convert_frame(const AVFrame& source, AVPixelFormat target);

}  // namespace cuepoint::media
