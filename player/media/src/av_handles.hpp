// RAII owners for the FFmpeg handles the media engine holds (shared with captions in cuepoint_av).
#pragma once

#include "cuepoint/av/handles.hpp"

namespace cuepoint::media {

using av::CodecContextPtr;
using av::FormatContextPtr;
using av::FramePtr;
using av::PacketPtr;
using av::SwsContextPtr;

// Allocation failures are reported as MediaError (std::bad_alloc would hide which handle).
PacketPtr make_packet();
FramePtr make_frame();

}  // namespace cuepoint::media
