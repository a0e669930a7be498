#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>

#include "frame_conversion.hpp"
#include "picture_impl.hpp"
#include "png_writer.hpp"

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace cuepoint::media {
namespace {

// The matrices an SDL texture can convert; nullopt for the others (BT.2020, SMPTE 240M, ...).
std::optional<ColorMatrix> texture_matrix(AVColorSpace space) {
  switch (space) {
    case AVCOL_SPC_BT709:
      return ColorMatrix::BT709;
    // Untagged video is converted as FFmpeg does (BT.601), so that the window and
    // the PNG frames (--frames-dir) show the same colours.
    case AVCOL_SPC_UNSPECIFIED:
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
      return ColorMatrix::BT601;
    default:
      return std::nullopt;
  }
}

bool is_full_range(const AVFrame& frame) {
  switch (frame.format) {
    case AV_PIX_FMT_YUVJ420P:
    case AV_PIX_FMT_YUVJ422P:
    case AV_PIX_FMT_YUVJ444P:
    case AV_PIX_FMT_YUVJ440P:
    case AV_PIX_FMT_YUVJ411P:
      return true;
    default:
      return frame.color_range == AVCOL_RANGE_JPEG;
  }
}

}  // namespace

TextureForm texture_form(const AVFrame& decoded, bool nv12_allowed) {
  const auto format = static_cast<AVPixelFormat>(decoded.format);
  const AVPixFmtDescriptor* descriptor = av_pix_fmt_desc_get(format);
  const bool rgb = descriptor && (descriptor->flags & AV_PIX_FMT_FLAG_RGB);
  const std::optional<ColorMatrix> matrix = texture_matrix(decoded.colorspace);
  if (rgb || !matrix) return {AV_PIX_FMT_RGBA, true, ColorMatrix::BT601, ColorRange::Full};

  const ColorRange range = is_full_range(decoded) ? ColorRange::Full : ColorRange::Limited;
  const bool planes_fit = format == AV_PIX_FMT_YUV420P || format == AV_PIX_FMT_YUVJ420P ||
                          (format == AV_PIX_FMT_NV12 && nv12_allowed);
  // SDL 2.26's only full-range mode is BT.601 (SDL_YUV_CONVERSION_JPEG).
  const bool sdl_converts = range == ColorRange::Limited || *matrix == ColorMatrix::BT601;
  if (planes_fit && sdl_converts) return {format, false, *matrix, range};
  // FFmpeg 5.1's swscale does not change the range in a same-size YUV to YUV
  // conversion (measured: 10 units off), so full-range BT.709 goes to RGBA.
  if (!sdl_converts) return {AV_PIX_FMT_RGBA, true, ColorMatrix::BT601, ColorRange::Full};
  return {AV_PIX_FMT_YUV420P, true, *matrix, ColorRange::Limited};
}

const AVFrame& Picture::Impl::displayable() const {
  if (!form.converted) return *frame;
  std::call_once(convert_once_, [this] { converted_ = convert_frame(*frame, form.format); });
  return *converted_;
}

FramePtr reference_frame(const AVFrame& decoded) {
  FramePtr reference = make_frame();
  if (const int referenced = av_frame_ref(reference.get(), &decoded); referenced < 0) {
    throw MediaError(MediaError::Kind::OutOfMemory, "out of memory referencing a decoded frame");
  }
  return reference;
}

Picture make_picture(const AVFrame& decoded, Micros lesson_time) {
  return Picture(std::make_shared<const Picture::Impl>(reference_frame(decoded), lesson_time));
}

Picture::Picture(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Micros Picture::lesson_time() const { return impl_->lesson_time; }
int Picture::width() const { return impl_->frame->width; }
int Picture::height() const { return impl_->frame->height; }

PixelLayout Picture::layout() const {
  switch (impl_->form.format) {
    case AV_PIX_FMT_NV12:
      return PixelLayout::NV12;
    case AV_PIX_FMT_RGBA:
      return PixelLayout::RGBA;
    default:
      return PixelLayout::YUV420P;
  }
}

Picture::Plane Picture::plane(int index) const {
  const AVFrame& frame = impl_->displayable();
  const int planes = av_pix_fmt_count_planes(static_cast<AVPixelFormat>(frame.format));
  if (index < 0 || index >= planes) {
    throw std::out_of_range("picture plane " + std::to_string(index) + " does not exist (the picture has " +
                            std::to_string(planes) + ")");
  }
  return Plane{frame.data[index], frame.linesize[index]};
}

ColorMatrix Picture::color_matrix() const { return impl_->form.matrix; }
ColorRange Picture::color_range() const { return impl_->form.range; }

AspectRatio Picture::sample_aspect_ratio() const {
  const AVRational sar = impl_->frame->sample_aspect_ratio;
  if (sar.num <= 0 || sar.den <= 0) return {};
  return {sar.num, sar.den};
}

Picture Picture::planar() const {
  if (layout() != PixelLayout::NV12) return *this;
  return Picture(std::make_shared<const Impl>(reference_frame(*impl_->frame), impl_->lesson_time,
                                              /*nv12_allowed=*/false));
}

void Picture::write_png(const std::filesystem::path& path) const { write_png_file(*impl_->frame, path); }

RgbImage Picture::to_rgb() const {
  // The decoded frame, not the texture form: the same source and conversion as write_png.
  const FramePtr rgb = convert_frame(*impl_->frame, AV_PIX_FMT_RGB24);
  RgbImage image{rgb->width, rgb->height, {}};
  const auto row_bytes = static_cast<std::size_t>(rgb->width) * 3;
  image.pixels.resize(row_bytes * rgb->height);
  for (int y = 0; y < rgb->height; ++y) {
    const std::uint8_t* row = rgb->data[0] + static_cast<std::ptrdiff_t>(y) * rgb->linesize[0];
    std::copy(row, row + row_bytes, image.pixels.begin() + static_cast<std::ptrdiff_t>(row_bytes * y));
  }
  return image;
}

}  // namespace cuepoint::media
