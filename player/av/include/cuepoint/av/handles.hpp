// RAII owners for the FFmpeg handles Cuepoint holds.
#pragma once

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace cuepoint::av {

// Also frees the custom I/O context of a package entry read in place (which
// avformat_close_input leaves to its owner).
struct FormatContextCloser {
  void operator()(AVFormatContext* ctx) const;
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
// A decoded subtitle owns the rectangles avcodec_decode_subtitle2 allocated.
struct SubtitleFreer {
  void operator()(AVSubtitle* subtitle) const { avsubtitle_free(subtitle); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextFreer>;
using DictionaryPtr = std::unique_ptr<AVDictionary, DictionaryFreer>;
// Points at a caller-owned AVSubtitle: frees what it holds, not the struct itself.
using SubtitleContentsPtr = std::unique_ptr<AVSubtitle, SubtitleFreer>;

}  // namespace cuepoint::av
