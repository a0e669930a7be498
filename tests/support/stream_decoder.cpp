#include "stream_decoder.hpp"

#include <memory>
#include <stdexcept>
#include <string>

namespace cuepoint::testing {

void decode_whole_stream(const std::filesystem::path& path, AVMediaType type,
                         const std::function<void(const DecodedStream&)>& opened,
                         const std::function<void(const DecodedStream&, AVFrame&)>& frame) {
  const std::string what =
      std::string("reference decoder: ") + av_get_media_type_string(type) + " of " + path.string() + ": ";
  AVFormatContext* raw_format = nullptr;
  if (avformat_open_input(&raw_format, path.c_str(), nullptr, nullptr) < 0)
    throw std::runtime_error(what + "cannot open");
  std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> format(
      raw_format, [](AVFormatContext* f) { avformat_close_input(&f); });
  if (avformat_find_stream_info(format.get(), nullptr) < 0) throw std::runtime_error(what + "no stream info");
  const AVCodec* codec = nullptr;
  const int index = av_find_best_stream(format.get(), type, -1, -1, &codec, 0);
  if (index < 0) throw std::runtime_error(what + "no such stream");
  const AVStream* stream = format->streams[index];
  std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> decoder(
      avcodec_alloc_context3(codec), [](AVCodecContext* c) { avcodec_free_context(&c); });
  if (!decoder || avcodec_parameters_to_context(decoder.get(), stream->codecpar) < 0)
    throw std::runtime_error(what + "cannot set up the decoder");
  decoder->pkt_timebase = stream->time_base;
  decoder->thread_count = 1;
  if (avcodec_open2(decoder.get(), codec, nullptr) < 0) throw std::runtime_error(what + "open failed");
  const DecodedStream decoded{*stream, *decoder,
                              format->start_time == AV_NOPTS_VALUE ? 0 : format->start_time};
  opened(decoded);

  std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(),
                                                        [](AVPacket* p) { av_packet_free(&p); });
  std::unique_ptr<AVFrame, void (*)(AVFrame*)> decoded_frame(av_frame_alloc(),
                                                             [](AVFrame* f) { av_frame_free(&f); });
  if (!packet || !decoded_frame) throw std::runtime_error(what + "out of memory");
  const auto receive_all = [&] {
    while (avcodec_receive_frame(decoder.get(), decoded_frame.get()) == 0) {
      frame(decoded, *decoded_frame);
      av_frame_unref(decoded_frame.get());
    }
  };
  // A packet the decoder refuses (damaged data) is skipped, as players skip it.
  while (av_read_frame(format.get(), packet.get()) >= 0) {
    if (packet->stream_index == index) {
      avcodec_send_packet(decoder.get(), packet.get());
      receive_all();
    }
    av_packet_unref(packet.get());
  }
  avcodec_send_packet(decoder.get(), nullptr);
  receive_all();
}

}  // namespace cuepoint::testing
