// RAII owners for the FFmpeg handles only the audio path holds (the shared ones
// — format, codec, packet, frame — live in av_handles.hpp).
#pragma once

#include <memory>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace cuepoint::media {

struct SwrContextFreer {
  void operator()(SwrContext* ctx) const { swr_free(&ctx); }
};
struct FilterGraphFreer {
  void operator()(AVFilterGraph* graph) const { avfilter_graph_free(&graph); }
};

// Owns what an AVChannelLayout holds (a custom order's map) for the scope it lives in.
struct ChannelLayoutOwner {
  AVChannelLayout layout{};
  ChannelLayoutOwner() = default;
  ChannelLayoutOwner(const ChannelLayoutOwner&) = delete;
  ChannelLayoutOwner& operator=(const ChannelLayoutOwner&) = delete;
  ~ChannelLayoutOwner() { av_channel_layout_uninit(&layout); }
};

using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextFreer>;
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphFreer>;

}  // namespace cuepoint::media
