#include "frame_conversion.hpp"

#include "av_error.hpp"
#include "cuepoint/media/playback.hpp"

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace cuepoint::media {
namespace {

// The yuvj* formats are yuv* at full range; swscale wants the range stated instead.
AVPixelFormat without_jpeg_alias(AVPixelFormat format, bool& full_range) {
  switch (format) {
    case AV_PIX_FMT_YUVJ420P:
      full_range = true;
      return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
      full_range = true;
      return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
      full_range = true;
      return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
      full_range = true;
      return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P:
      full_range = true;
      return AV_PIX_FMT_YUV411P;
    default:
      return format;
  }
}

}  // namespace

FramePtr convert_frame(const AVFrame& source, AVPixelFormat target) {
  bool full_range = source.color_range == AVCOL_RANGE_JPEG;
  const AVPixelFormat source_format =
      without_jpeg_alias(static_cast<AVPixelFormat>(source.format), full_range);
  const char* source_name = av_get_pix_fmt_name(source_format);
  const std::string described = source_name ? source_name : "unknown";

  SwsContextPtr scaler(sws_getContext(source.width, source.height, source_format, source.width, source.height,
                                      target, SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr,
                                      nullptr, nullptr));
  if (!scaler) throw MediaError(MediaError::Kind::Other, "cannot convert pixel format '" + described + "'");
  const int matrix = source.colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : source.colorspace;
  // RGB targets are full range; YUV targets limited range (their matrix stays the source's).
  const AVPixFmtDescriptor* target_descriptor = av_pix_fmt_desc_get(target);
  const bool rgb_target = target_descriptor && (target_descriptor->flags & AV_PIX_FMT_FLAG_RGB);
  if (sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(matrix), full_range ? 1 : 0,
                               sws_getCoefficients(SWS_CS_DEFAULT), rgb_target ? 1 : 0, 0, 1 << 16,
                               1 << 16) < 0) {
    throw MediaError(MediaError::Kind::Other,
                     "cannot set the colour conversion of pixel format '" + described + "'");
  }

  FramePtr converted = make_frame();
  converted->format = target;
  converted->width = source.width;
  converted->height = source.height;
  const int allocated = av_frame_get_buffer(converted.get(), 0);
  if (allocated < 0)
    throw MediaError(kind_of(allocated, MediaError::Kind::OutOfMemory),
                     "cannot allocate a converted frame: " + av_error_text(allocated));
  const int scaled = sws_scale(scaler.get(), source.data, source.linesize, 0, source.height, converted->data,
                               converted->linesize);
  if (scaled < 0)
    throw MediaError(kind_of(scaled, MediaError::Kind::Other),
                     "cannot convert pixel format '" + described + "': " + av_error_text(scaled));
  converted->pts = source.pts;
  converted->best_effort_timestamp = source.best_effort_timestamp;
  return converted;
}

}  // namespace cuepoint::media
