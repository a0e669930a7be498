#include "png_writer.hpp"

#include <fstream>
#include <stdexcept>
#include <string>

#include "av_error.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/media/rgb_image.hpp"
#include "frame_conversion.hpp"

namespace cuepoint::media {
namespace {

PacketPtr encode_png(const AVFrame& rgb, const std::filesystem::path& path) {
  const AVCodec* encoder = avcodec_find_encoder(AV_CODEC_ID_PNG);
  if (!encoder) throw_media_error(MediaError::Kind::Output, path, "this FFmpeg build has no PNG encoder");
  CodecContextPtr context(avcodec_alloc_context3(encoder));
  if (!context)
    throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory creating the PNG encoder");
  context->width = rgb.width;
  context->height = rgb.height;
  context->pix_fmt = AV_PIX_FMT_RGB24;
  context->time_base = AVRational{1, 1};
  if (const int opened = avcodec_open2(context.get(), encoder, nullptr); opened < 0) {
    throw_media_error(kind_of(opened, MediaError::Kind::Output), path,
                      "cannot open the PNG encoder: " + av_error_text(opened));
  }
  if (const int sent = avcodec_send_frame(context.get(), &rgb); sent < 0) {
    throw_media_error(kind_of(sent, MediaError::Kind::Output), path,
                      "PNG encoding failed: " + av_error_text(sent));
  }
  if (const int flushed = avcodec_send_frame(context.get(), nullptr); flushed < 0) {
    throw_media_error(kind_of(flushed, MediaError::Kind::Output), path,
                      "PNG encoding failed: " + av_error_text(flushed));
  }
  PacketPtr packet = make_packet();
  if (const int received = avcodec_receive_packet(context.get(), packet.get()); received < 0) {
    throw_media_error(kind_of(received, MediaError::Kind::Output), path,
                      "PNG encoding failed: " + av_error_text(received));
  }
  return packet;
}

}  // namespace

void write_png_file(const AVFrame& frame, const std::filesystem::path& path) {
  if (frame.format != AV_PIX_FMT_RGB24) {
    FramePtr rgb;
    try {
      rgb = convert_frame(frame, AV_PIX_FMT_RGB24);
    } catch (const MediaError& error) {
      throw_media_error(error.kind(), path, error.what());
    }
    write_png_file(*rgb, path);
    return;
  }
  const PacketPtr packet = encode_png(frame, path);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw_media_error(MediaError::Kind::Output, path, "cannot create the PNG file");
  file.write(reinterpret_cast<const char*>(packet->data), packet->size);
  file.close();
  if (!file) throw_media_error(MediaError::Kind::Output, path, "cannot write the PNG file");
}

void write_png(const RgbImage& image, const std::filesystem::path& path) {
  const auto expected = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3;
  if (image.width <= 0 || image.height <= 0 || image.pixels.size() != expected) {
    throw std::invalid_argument("an RGB image of " + std::to_string(image.width) + "x" +
                                std::to_string(image.height) + " needs " + std::to_string(expected) +
                                " bytes, not " + std::to_string(image.pixels.size()));
  }
  FramePtr frame = make_frame();
  frame->format = AV_PIX_FMT_RGB24;
  frame->width = image.width;
  frame->height = image.height;
  // The encoder only reads the pixels (it copies a frame it does not own).
  frame->data[0] = const_cast<std::uint8_t*>(image.pixels.data());
  frame->linesize[0] = image.width * 3;
  write_png_file(*frame, path);
}

}  // namespace cuepoint::media
