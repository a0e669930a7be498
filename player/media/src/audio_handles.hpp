// RAII owners for the FFmpeg handles only the audio path holds (the shared ones
// — format, codec, packet, frame — live in av_handles.hpp).
#pragma once

#include <memory>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libswresample/swresample.h>
}

namespace cuepoint::media {

struct SwrContextFreer {
  void operator()(SwrContext* ctx) const { swr_free(&ctx); }
};
struct FilterGraphFreer {
  void operator()(AVFilterGraph* graph) const { avfilter_graph_free(&graph); }
};

using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextFreer>;
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphFreer>;

}  // namespace cuepoint::media
