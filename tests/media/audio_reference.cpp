#include "audio_reference.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "stream_decoder.hpp"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace cuepoint::media::testing {
namespace {

using cuepoint::testing::decode_whole_stream;
using cuepoint::testing::DecodedStream;

ReferenceAudio decode_all(const std::filesystem::path& path) {
  ReferenceAudio audio;
  AVChannelLayout out_layout{};
  std::int64_t start_sample = 0;
  std::unique_ptr<SwrContext, void (*)(SwrContext*)> swr(nullptr, [](SwrContext* s) { swr_free(&s); });
  bool first = true;
  decode_whole_stream(
      path, AVMEDIA_TYPE_AUDIO,
      [&](const DecodedStream& decoded) {
        audio.sample_rate = decoded.decoder.sample_rate;
        audio.channels = std::min(decoded.decoder.ch_layout.nb_channels, 2);
        av_channel_layout_default(&out_layout, audio.channels);
        start_sample =
            av_rescale_q(decoded.start_time, AVRational{1, AV_TIME_BASE}, AVRational{1, audio.sample_rate});
      },
      [&](const DecodedStream& decoded, AVFrame& frame) {
        if (!swr) {
          SwrContext* raw = nullptr;
          swr_alloc_set_opts2(&raw, &out_layout, AV_SAMPLE_FMT_FLT, audio.sample_rate, &frame.ch_layout,
                              static_cast<AVSampleFormat>(frame.format), frame.sample_rate, 0, nullptr);
          swr.reset(raw);
          if (!swr || swr_init(swr.get()) < 0) throw std::runtime_error("reference: swr init failed");
        }
        if (first) {
          audio.first_sample = av_rescale_q(frame.best_effort_timestamp, decoded.stream.time_base,
                                            AVRational{1, audio.sample_rate}) -
                               start_sample;
          first = false;
        }
        const std::size_t old = audio.samples.size();
        audio.samples.resize(old + static_cast<std::size_t>(frame.nb_samples) * audio.channels);
        auto* out = reinterpret_cast<std::uint8_t*>(audio.samples.data() + old);
        const int done = swr_convert(swr.get(), &out, frame.nb_samples,
                                     const_cast<const std::uint8_t**>(frame.extended_data), frame.nb_samples);
        if (done < 0) throw std::runtime_error("reference: conversion failed");
        audio.samples.resize(old + static_cast<std::size_t>(done) * audio.channels);
      });
  av_channel_layout_uninit(&out_layout);
  return audio;
}

}  // namespace

std::vector<float> ReferenceAudio::slice(std::int64_t from, std::int64_t count) const {
  const std::int64_t begin = std::clamp<std::int64_t>(from - first_sample, 0, frames());
  const std::int64_t end = std::clamp<std::int64_t>(from - first_sample + count, 0, frames());
  return {samples.begin() + begin * channels, samples.begin() + end * channels};
}

const ReferenceAudio& reference_audio(const std::filesystem::path& path) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, ReferenceAudio> cache;
  std::lock_guard lock(mutex);
  auto found = cache.find(path);
  if (found == cache.end()) found = cache.emplace(path, decode_all(path)).first;
  return found->second;
}

}  // namespace cuepoint::media::testing
