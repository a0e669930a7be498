#include "cuepoint/media/playback.hpp"

#include <stdexcept>

#include "frame_conversion.hpp"
#include "picture_impl.hpp"
#include "png_writer.hpp"

namespace cuepoint::media {
namespace {

bool is_texture_ready(int format) {
  // yuvj420p has the YUV420P memory layout (full range): a texture can take it as is.
  return format == AV_PIX_FMT_YUV420P || format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_NV12;
}

}  // namespace

const AVFrame& Picture::Impl::displayable() const {
  if (is_texture_ready(frame->format)) return *frame;
  std::call_once(convert_once_, [this] { converted_ = convert_frame(*frame, AV_PIX_FMT_YUV420P); });
  return *converted_;
}

Picture make_picture(const AVFrame& decoded, Micros lesson_time) {
  FramePtr reference = make_frame();
  if (const int referenced = av_frame_ref(reference.get(), &decoded); referenced < 0) {
    throw MediaError("out of memory referencing a decoded frame");
  }
  return Picture(std::make_shared<const Picture::Impl>(std::move(reference), lesson_time));
}

Picture::Picture(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Micros Picture::lesson_time() const { return impl_->lesson_time; }
int Picture::width() const { return impl_->frame->width; }
int Picture::height() const { return impl_->frame->height; }

PixelLayout Picture::layout() const {
  return impl_->displayable().format == AV_PIX_FMT_NV12 ? PixelLayout::NV12 : PixelLayout::YUV420P;
}

Picture::Plane Picture::plane(int index) const {
  const AVFrame& frame = impl_->displayable();
  const int planes = frame.format == AV_PIX_FMT_NV12 ? 2 : 3;
  if (index < 0 || index >= planes) {
    throw std::out_of_range("picture plane " + std::to_string(index) + " does not exist (the picture has " +
                            std::to_string(planes) + ")");
  }
  return Plane{frame.data[index], frame.linesize[index]};
}

void Picture::write_png(const std::filesystem::path& path) const { write_png_file(*impl_->frame, path); }

}  // namespace cuepoint::media
