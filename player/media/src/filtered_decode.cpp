#include "filtered_decode.hpp"

#include <array>
#include <memory>
#include <optional>

#include "audio_handles.hpp"
#include "av_error.hpp"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
#include <libavutil/samplefmt.h>
}

namespace cuepoint::media {
namespace {

struct FilterInOutFreer {
  void operator()(AVFilterInOut* io) const { avfilter_inout_free(&io); }
};
using FilterInOutPtr = std::unique_ptr<AVFilterInOut, FilterInOutFreer>;

// The buffer source's description of the frames it will be given.
std::string source_arguments(const std::filesystem::path& path, const AVFrame& frame, AVRational time_base) {
  const std::string base = std::to_string(time_base.num) + "/" + std::to_string(time_base.den);
  if (frame.width > 0) {
    const AVRational sar = frame.sample_aspect_ratio.num > 0 ? frame.sample_aspect_ratio : AVRational{1, 1};
    return "video_size=" + std::to_string(frame.width) + "x" + std::to_string(frame.height) +
           ":pix_fmt=" + std::to_string(frame.format) + ":time_base=" + base +
           ":pixel_aspect=" + std::to_string(sar.num) + "/" + std::to_string(sar.den);
  }
  const char* sample_format = av_get_sample_fmt_name(static_cast<AVSampleFormat>(frame.format));
  if (sample_format == nullptr)
    throw_media_error(MediaError::Kind::Damaged, path,
                      "the audio decoder gave frames of an unknown sample format");
  AVChannelLayout layout{};
  if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_check(&frame.ch_layout) == 0) {
    av_channel_layout_default(&layout, frame.ch_layout.nb_channels);
  } else if (const int copied = av_channel_layout_copy(&layout, &frame.ch_layout); copied < 0) {
    throw_media_error(kind_of(copied, MediaError::Kind::Other), path,
                      "cannot copy the audio channel layout: " + av_error_text(copied));
  }
  std::array<char, 128> layout_name{};
  const int described = av_channel_layout_describe(&layout, layout_name.data(), layout_name.size());
  av_channel_layout_uninit(&layout);
  if (described < 0)
    throw_media_error(kind_of(described, MediaError::Kind::Other), path,
                      "cannot describe the audio channel layout: " + av_error_text(described));
  return "time_base=" + base + ":sample_rate=" + std::to_string(frame.sample_rate) +
         ":sample_fmt=" + sample_format + ":channel_layout=" + layout_name.data();
}

// buffer -> `filters` -> buffersink, set up for the first decoded frame.
class FilterChain {
 public:
  FilterChain(const std::filesystem::path& path, const AVFrame& first, AVRational time_base,
              const std::string& filters)
      : path_(path), graph_(avfilter_graph_alloc()), output_(make_frame()) {
    if (!graph_)
      throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory allocating a filter graph");
    const bool video = first.width > 0;
    source_ = create(video ? "buffer" : "abuffer", "in", source_arguments(path, first, time_base));
    sink_ = create(video ? "buffersink" : "abuffersink", "out", "");

    // The chain's open input is fed by the source's "in", its open output feeds the sink's "out".
    FilterInOutPtr chain_input(avfilter_inout_alloc());
    FilterInOutPtr chain_output(avfilter_inout_alloc());
    if (!chain_input || !chain_output)
      throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory allocating a filter graph");
    chain_input->name = av_strdup("in");
    chain_input->filter_ctx = source_;
    chain_output->name = av_strdup("out");
    chain_output->filter_ctx = sink_;
    if (chain_input->name == nullptr || chain_output->name == nullptr)
      throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory allocating a filter graph");
    AVFilterInOut* inputs = chain_output.release();
    AVFilterInOut* outputs = chain_input.release();
    const int parsed = avfilter_graph_parse_ptr(graph_.get(), filters.c_str(), &inputs, &outputs, nullptr);
    chain_output.reset(inputs);
    chain_input.reset(outputs);
    if (parsed < 0)
      throw_media_error(kind_of(parsed, MediaError::Kind::Other), path,
                        "cannot set up the filters '" + filters + "': " + av_error_text(parsed));
    if (const int configured = avfilter_graph_config(graph_.get(), nullptr); configured < 0)
      throw_media_error(kind_of(configured, MediaError::Kind::Other), path,
                        "cannot configure the filters '" + filters + "': " + av_error_text(configured));
  }

  // nullptr: the end of the stream (the filters flush what they hold).
  void push(AVFrame* frame) {
    if (const int added = av_buffersrc_add_frame_flags(source_, frame, AV_BUFFERSRC_FLAG_KEEP_REF); added < 0)
      throw_media_error(kind_of(added, MediaError::Kind::Other), path_,
                        "the filters refused a frame: " + av_error_text(added));
  }

  void drain(Micros start_time, const std::function<void(const FilteredFrame&)>& on_frame,
             const ScanProgress& progress, Micros duration) {
    const AVRational time_base = av_buffersink_get_time_base(sink_);
    for (;;) {
      const int got = av_buffersink_get_frame(sink_, output_.get());
      if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return;
      if (got < 0)
        throw_media_error(kind_of(got, MediaError::Kind::Other), path_,
                          "the filters failed: " + av_error_text(got));
      const Micros at = to_lesson_time(output_->pts, time_base, start_time);
      on_frame(FilteredFrame{*output_, at});
      if (progress) progress(at, duration);
      av_frame_unref(output_.get());
    }
  }

 private:
  AVFilterContext* create(const char* name, const char* instance, const std::string& arguments) {
    const AVFilter* filter = avfilter_get_by_name(name);
    if (filter == nullptr)
      throw_media_error(MediaError::Kind::Other, path_,
                        std::string("this FFmpeg build lacks the ") + name + " filter");
    AVFilterContext* context = nullptr;
    if (const int created = avfilter_graph_create_filter(&context, filter, instance,
                                                         arguments.empty() ? nullptr : arguments.c_str(),
                                                         nullptr, graph_.get());
        created < 0) {
      throw_media_error(kind_of(created, MediaError::Kind::Other), path_,
                        std::string("cannot create the ") + name + " filter: " + av_error_text(created));
    }
    return context;
  }

  const std::filesystem::path& path_;
  FilterGraphPtr graph_;
  FramePtr output_;
  AVFilterContext* source_ = nullptr;  // owned by graph_
  AVFilterContext* sink_ = nullptr;    // owned by graph_
};

CodecContextPtr open_decoder(const std::filesystem::path& path, const AVStream& stream,
                             const AVCodec* codec) {
  CodecContextPtr decoder(avcodec_alloc_context3(codec));
  if (!decoder) throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory allocating a decoder");
  if (const int copied = avcodec_parameters_to_context(decoder.get(), stream.codecpar); copied < 0)
    throw_media_error(kind_of(copied, MediaError::Kind::Damaged), path,
                      "cannot configure the decoder: " + av_error_text(copied));
  decoder->pkt_timebase = stream.time_base;
  decoder->max_pixels = kMaxFramePixels;
  if (const int opened = avcodec_open2(decoder.get(), codec, nullptr); opened < 0)
    throw_media_error(kind_of(opened, MediaError::Kind::UnsupportedCodec), path,
                      std::string("cannot open the ") + codec->name + " decoder: " + av_error_text(opened));
  return decoder;
}

}  // namespace

void decode_through_filters(const std::filesystem::path& path, AVFormatContext& format,
                            const StreamChoice& stream, const std::string& filters,
                            const std::function<void(const FilteredFrame&)>& on_frame,
                            const ScanProgress& progress) {
  for (unsigned i = 0; i < format.nb_streams; ++i)
    format.streams[i]->discard = static_cast<int>(i) == stream.index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
  const AVStream& chosen = *format.streams[stream.index];
  const auto decoder = open_decoder(path, chosen, stream.decoder);
  const Micros start_time = container_start_time(format);
  const Micros duration = format.duration == AV_NOPTS_VALUE ? 0 : format.duration;  // AV_TIME_BASE is 1 µs
  const auto packet = make_packet();
  const auto frame = make_frame();
  std::optional<FilterChain> chain;
  std::int64_t last_pts = 0;

  const auto filter_decoded_frames = [&] {
    for (;;) {
      const int got = avcodec_receive_frame(decoder.get(), frame.get());
      if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return;
      if (got < 0)
        throw_media_error(kind_of(got, MediaError::Kind::Damaged), path,
                          "decoding failed: " + av_error_text(got));
      // Frames without a timestamp follow the one before (the filters need increasing times).
      frame->pts =
          frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : last_pts + 1;
      last_pts = frame->pts;
      if (!chain) chain.emplace(path, *frame, chosen.time_base, filters);
      chain->push(frame.get());
      av_frame_unref(frame.get());
      chain->drain(start_time, on_frame, progress, duration);
    }
  };

  for (;;) {
    const int read = av_read_frame(&format, packet.get());
    if (read == AVERROR_EOF) break;
    if (read < 0)
      throw_media_error(kind_of(read, MediaError::Kind::Damaged), path,
                        "reading failed: " + av_error_text(read));
    if (packet->stream_index == stream.index) {
      const int sent = avcodec_send_packet(decoder.get(), packet.get());
      // A damaged packet costs its frames, not the whole scan.
      if (sent < 0 && sent != AVERROR_INVALIDDATA)
        throw_media_error(kind_of(sent, MediaError::Kind::Damaged), path,
                          "decoding failed: " + av_error_text(sent));
    }
    av_packet_unref(packet.get());
    filter_decoded_frames();
  }
  if (const int flushed = avcodec_send_packet(decoder.get(), nullptr); flushed < 0 && flushed != AVERROR_EOF)
    throw_media_error(kind_of(flushed, MediaError::Kind::Damaged), path,
                      "decoding failed at the end: " + av_error_text(flushed));
  filter_decoded_frames();
  if (chain) {
    chain->push(nullptr);
    chain->drain(start_time, on_frame, progress, duration);
  }
}

}  // namespace cuepoint::media
