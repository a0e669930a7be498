#include "audio_tempo.hpp"

#include <array>
#include <cstring>
#include <stdexcept>
#include <string>

#include "av_error.hpp"
#include "av_handles.hpp"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
}

namespace cuepoint::media {
namespace {

[[noreturn]] void throw_tempo_error(const std::string& what, int err) {
  throw MediaError(kind_of(err, MediaError::Kind::Other),
                   "audio tempo filter: " + what + ": " + av_error_text(err));
}

AVFilterContext* add_filter(AVFilterGraph* graph, const char* filter_name, const char* instance,
                            const std::string& args) {
  const AVFilter* filter = avfilter_get_by_name(filter_name);
  if (filter == nullptr)
    throw MediaError(MediaError::Kind::Other,
                     std::string("audio tempo filter: FFmpeg lacks the ") + filter_name + " filter");
  AVFilterContext* context = nullptr;
  if (int err = avfilter_graph_create_filter(&context, filter, instance,
                                             args.empty() ? nullptr : args.c_str(), nullptr, graph);
      err < 0) {
    throw_tempo_error(std::string("cannot create ") + filter_name, err);
  }
  return context;
}

}  // namespace

void check_playback_rate(double rate) {
  if (!(rate >= 0.5 && rate <= 2.0)) {
    throw std::invalid_argument("playback rate " + std::to_string(rate) + " is outside 0.5 .. 2.0");
  }
}

AudioTempo::AudioTempo(AudioFormat format, double rate) : format_(format), rate_(rate) {
  check_playback_rate(rate);
  graph_.reset(avfilter_graph_alloc());
  if (!graph_)
    throw MediaError(MediaError::Kind::OutOfMemory,
                     "audio tempo filter: out of memory allocating the filter graph");

  AVChannelLayout layout{};
  av_channel_layout_default(&layout, format.channels);
  std::array<char, 64> layout_name{};
  const int described = av_channel_layout_describe(&layout, layout_name.data(), layout_name.size());
  av_channel_layout_uninit(&layout);
  if (described < 0) throw_tempo_error("cannot describe the channel layout", described);
  const std::string source_args = "time_base=1/" + std::to_string(format.sample_rate) +
                                  ":sample_rate=" + std::to_string(format.sample_rate) +
                                  ":sample_fmt=flt:channel_layout=" + layout_name.data();
  source_ = add_filter(graph_.get(), "abuffer", "in", source_args);
  AVFilterContext* tempo = add_filter(graph_.get(), "atempo", "tempo", "tempo=" + std::to_string(rate));
  sink_ = add_filter(graph_.get(), "abuffersink", "out", "");
  if (int err = avfilter_link(source_, 0, tempo, 0); err < 0) throw_tempo_error("cannot link abuffer", err);
  if (int err = avfilter_link(tempo, 0, sink_, 0); err < 0) throw_tempo_error("cannot link abuffersink", err);
  if (int err = avfilter_graph_config(graph_.get(), nullptr); err < 0)
    throw_tempo_error("cannot configure", err);
}

std::vector<float> AudioTempo::process(const std::vector<float>& samples) {
  std::vector<float> out;
  if (samples.empty()) return out;
  FramePtr frame = make_frame();
  const auto frames = static_cast<int>(samples.size() / format_.channels);
  frame->format = AV_SAMPLE_FMT_FLT;
  frame->sample_rate = format_.sample_rate;
  av_channel_layout_default(&frame->ch_layout, format_.channels);
  frame->nb_samples = frames;
  frame->pts = frames_in_;
  if (int err = av_frame_get_buffer(frame.get(), 0); err < 0)
    throw_tempo_error("cannot allocate a frame", err);
  std::memcpy(frame->data[0], samples.data(), samples.size() * sizeof(float));
  frames_in_ += frames;
  send(frame.get());
  drain(out);
  return out;
}

std::vector<float> AudioTempo::finish() {
  std::vector<float> out;
  if (finished_) return out;
  finished_ = true;
  send(nullptr);
  drain(out);
  return out;
}

void AudioTempo::send(AVFrame* frame) {
  if (int err = av_buffersrc_add_frame(source_, frame); err < 0)
    throw_tempo_error("cannot feed samples", err);
}

void AudioTempo::drain(std::vector<float>& out) {
  FramePtr frame = make_frame();
  while (true) {
    const int err = av_buffersink_get_frame(sink_, frame.get());
    if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return;
    if (err < 0) throw_tempo_error("cannot read filtered samples", err);
    const auto* data = reinterpret_cast<const float*>(frame->data[0]);
    out.insert(out.end(), data, data + static_cast<std::size_t>(frame->nb_samples) * format_.channels);
    av_frame_unref(frame.get());
  }
}

}  // namespace cuepoint::media
