// What a Picture holds: a reference to a decoded frame plus its lesson time, and
// the texture-ready form of its planes.
#pragma once

#include <mutex>

#include "av_handles.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

// The form in which a frame's planes reach a texture (see Picture::layout()).
struct TextureForm {
  AVPixelFormat format = AV_PIX_FMT_YUV420P;
  bool converted = false;  // false: the decoded planes as they are
  ColorMatrix matrix = ColorMatrix::BT601;
  ColorRange range = ColorRange::Limited;
};

// What a texture can take of `decoded` as it is, and what the rest becomes.
TextureForm texture_form(const AVFrame& decoded, bool nv12_allowed);

struct Picture::Impl {
  Impl(FramePtr decoded, Micros time, bool nv12_allowed = true)
      : frame(std::move(decoded)), lesson_time(time), form(texture_form(*frame, nv12_allowed)) {}

  // The frame in form.format; converted on first use only, because most decoders
  // already output YUV420P.
  const AVFrame& displayable() const;

  FramePtr frame;
  Micros lesson_time;
  TextureForm form;

 private:
  mutable std::once_flag convert_once_;
  mutable FramePtr converted_;
};

// Shares the decoded buffers (av_frame_ref), no pixel copy.
FramePtr reference_frame(const AVFrame& decoded);
Picture make_picture(const AVFrame& decoded, Micros lesson_time);

}  // namespace cuepoint::media
