// RAII owners for the FFmpeg handles the media engine holds.
#pragma once

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace cuepoint::media {

struct FormatContextCloser {
  void operator()(AVFormatContext* ctx) const { avformat_close_input(&ctx); }
};
struct CodecContextFreer {
  void operator()(AVCodecContext* ctx) const { avcodec_free_context(&ctx); }
};
struct PacketFreer {
  void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct FrameFreer {
  void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct SwsContextFreer {
  void operator()(SwsContext* ctx) const { sws_freeContext(ctx); }
};
struct DictionaryFreer {
  void operator()(AVDictionary* dict) const { av_dict_free(&dict); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextFreer>;

// Allocation failures are reported as MediaError (std::bad_alloc would hide which handle).
PacketPtr make_packet();
FramePtr make_frame();

}  // namespace cuepoint::media
