#include "audio_reference.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace cuepoint::media::testing {
namespace {

ReferenceAudio decode_all(const std::filesystem::path& path) {
  AVFormatContext* raw_format = nullptr;
  if (avformat_open_input(&raw_format, path.c_str(), nullptr, nullptr) < 0) {
    throw std::runtime_error("reference: cannot open " + path.string());
  }
  std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> format(
      raw_format, [](AVFormatContext* f) { avformat_close_input(&f); });
  if (avformat_find_stream_info(format.get(), nullptr) < 0)
    throw std::runtime_error("reference: no stream info");
  const AVCodec* codec = nullptr;
  const int index = av_find_best_stream(format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
  if (index < 0) throw std::runtime_error("reference: no audio stream in " + path.string());
  const AVStream* stream = format->streams[index];
  std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> decoder(
      avcodec_alloc_context3(codec), [](AVCodecContext* c) { avcodec_free_context(&c); });
  avcodec_parameters_to_context(decoder.get(), stream->codecpar);
  decoder->pkt_timebase = stream->time_base;
  if (avcodec_open2(decoder.get(), codec, nullptr) < 0)
    throw std::runtime_error("reference: decoder open failed");

  ReferenceAudio audio;
  audio.sample_rate = decoder->sample_rate;
  audio.channels = std::min(decoder->ch_layout.nb_channels, 2);
  AVChannelLayout out_layout{};
  av_channel_layout_default(&out_layout, audio.channels);
  const std::int64_t start = format->start_time == AV_NOPTS_VALUE ? 0 : format->start_time;
  const std::int64_t start_sample =
      av_rescale_q(start, AVRational{1, AV_TIME_BASE}, AVRational{1, audio.sample_rate});

  std::unique_ptr<SwrContext, void (*)(SwrContext*)> swr(nullptr, [](SwrContext* s) { swr_free(&s); });
  std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(),
                                                        [](AVPacket* p) { av_packet_free(&p); });
  std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(), [](AVFrame* f) { av_frame_free(&f); });
  bool first = true;
  const auto receive_all = [&] {
    while (avcodec_receive_frame(decoder.get(), frame.get()) == 0) {
      if (!swr) {
        SwrContext* raw = nullptr;
        swr_alloc_set_opts2(&raw, &out_layout, AV_SAMPLE_FMT_FLT, audio.sample_rate, &frame->ch_layout,
                            static_cast<AVSampleFormat>(frame->format), frame->sample_rate, 0, nullptr);
        swr.reset(raw);
        if (!swr || swr_init(swr.get()) < 0) throw std::runtime_error("reference: swr init failed");
      }
      if (first) {
        audio.first_sample =
            av_rescale_q(frame->best_effort_timestamp, stream->time_base, AVRational{1, audio.sample_rate}) -
            start_sample;
        first = false;
      }
      const std::size_t old = audio.samples.size();
      audio.samples.resize(old + static_cast<std::size_t>(frame->nb_samples) * audio.channels);
      auto* out = reinterpret_cast<std::uint8_t*>(audio.samples.data() + old);
      const int done = swr_convert(swr.get(), &out, frame->nb_samples,
                                   const_cast<const std::uint8_t**>(frame->extended_data), frame->nb_samples);
      if (done < 0) throw std::runtime_error("reference: conversion failed");
      audio.samples.resize(old + static_cast<std::size_t>(done) * audio.channels);
      av_frame_unref(frame.get());
    }
  };
  while (av_read_frame(format.get(), packet.get()) >= 0) {
    if (packet->stream_index == index) {
      avcodec_send_packet(decoder.get(), packet.get());
      receive_all();
    }
    av_packet_unref(packet.get());
  }
  avcodec_send_packet(decoder.get(), nullptr);
  receive_all();
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
