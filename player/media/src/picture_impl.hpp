// What a Picture holds: a reference to a decoded frame plus its lesson time.
#pragma once

#include <mutex>

#include "av_handles.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

struct Picture::Impl {
  Impl(FramePtr decoded, Micros time) : frame(std::move(decoded)), lesson_time(time) {}

  // The frame in a layout a texture can take (YUV420P or NV12); converted on first
  // use only, because most decoders already output YUV420P.
  const AVFrame& displayable() const;

  FramePtr frame;
  Micros lesson_time;

 private:
  mutable std::once_flag convert_once_;
  mutable FramePtr converted_;
};

// Shares the decoded buffers (av_frame_ref), no pixel copy.
Picture make_picture(const AVFrame& decoded, Micros lesson_time);

}  // namespace cuepoint::media
