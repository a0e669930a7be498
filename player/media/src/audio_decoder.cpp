#include "audio_decoder.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>

#include "av_error.hpp"
#include "media_input.hpp"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

namespace cuepoint::media {
namespace {

// Decoders with inter-frame state (AAC's overlap, MP3's bit reservoir) need earlier
// packets to reproduce the samples a continuous decode gives; when the demuxer lands
// after the target anyway (imprecise indexes), the next attempt reaches further back.
constexpr std::array<Micros, 3> kSeekPrerolls = {500'000, 3'000'000, std::numeric_limits<Micros>::max()};

// Frame timestamps in coarse time bases (MPEG-TS's 90 kHz) jitter by a sample or so;
// frames this close to where the previous one ended are treated as contiguous.
constexpr Micros kContiguityTolerance = 2'000;

void copy_layout(AVChannelLayout& to, const AVChannelLayout& from, const std::filesystem::path& path) {
  av_channel_layout_uninit(&to);
  if (from.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_check(&from) == 0) {
    av_channel_layout_default(&to, from.nb_channels);
  } else {
    check_av(av_channel_layout_copy(&to, &from), MediaError::Kind::Other, path,
             "cannot copy the audio channel layout");
  }
}

CodecContextPtr open_codec(const std::filesystem::path& path, const AVStream& stream, const AVCodec* codec) {
  CodecContextPtr context(avcodec_alloc_context3(codec));
  if (!context)
    throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory allocating an audio decoder");
  if (int err = avcodec_parameters_to_context(context.get(), stream.codecpar); err < 0) {
    throw_media_error(kind_of(err, MediaError::Kind::Damaged), path,
                      "cannot configure the audio decoder: " + av_error_text(err));
  }
  context->pkt_timebase = stream.time_base;
  if (int err = avcodec_open2(context.get(), codec, nullptr); err < 0) {
    throw_media_error(
        kind_of(err, MediaError::Kind::UnsupportedCodec), path,
        std::string("cannot open the ") + codec->name + " audio decoder: " + av_error_text(err));
  }
  if (context->sample_rate <= 0 || context->ch_layout.nb_channels <= 0) {
    throw_media_error(MediaError::Kind::Damaged, path,
                      "the audio stream has no sample rate or channel count");
  }
  return context;
}

}  // namespace

AudioDecoder::AudioDecoder(const std::filesystem::path& path)
    : path_(path), packet_(make_packet()), frame_(make_frame()) {
  // The same checked, local-file-only opening as the video track: the audio demuxer
  // reads the same untrusted file.
  format_ = open_local_media(path);
  const AVCodec* codec = nullptr;
  int index = av_find_best_stream(format_.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
  if (index == AVERROR_STREAM_NOT_FOUND)
    throw_media_error(MediaError::Kind::NotAVideo, path, "has no audio stream");
  if (index == AVERROR_DECODER_NOT_FOUND || codec == nullptr) {
    throw_media_error(MediaError::Kind::UnsupportedCodec, path,
                      "has an audio stream but no decoder for its codec");
  }
  if (index < 0)
    throw_media_error(kind_of(index, MediaError::Kind::Damaged), path,
                      "cannot select an audio stream: " + av_error_text(index));
  stream_ = format_->streams[index];
  // Only the audio stream is read; the demuxer skips the rest cheaply.
  for (unsigned i = 0; i < format_->nb_streams; ++i) {
    if (static_cast<int>(i) != index) format_->streams[i]->discard = AVDISCARD_ALL;
  }

  codec_ = open_codec(path, *stream_, codec);
  stream_format_ = {codec_->sample_rate, codec_->ch_layout.nb_channels};
}

AudioDecoder::~AudioDecoder() {
  av_channel_layout_uninit(&output_layout_);
  av_channel_layout_uninit(&resampler_in_layout_);
}

void AudioDecoder::set_output(AudioFormat output) {
  output_ = output;
  av_channel_layout_uninit(&output_layout_);
  av_channel_layout_default(&output_layout_, output.channels);
  const Micros start = format_->start_time == AV_NOPTS_VALUE ? 0 : format_->start_time;
  start_offset_ = av_rescale_q(start, AVRational{1, AV_TIME_BASE}, AVRational{1, output.sample_rate});
  resampler_.reset();
  reset_decoding_state(0);
}

void AudioDecoder::reset_decoding_state(std::int64_t sample) {
  pending_.clear();
  pending_offset_ = 0;
  expected_next_.reset();
  position_ = sample;
  demux_drained_ = false;
  at_end_ = false;
}

void AudioDecoder::seek(std::int64_t sample) {
  const Micros target = av_rescale(sample, kMicrosPerSecond, output_.sample_rate);
  const Micros start = format_->start_time == AV_NOPTS_VALUE ? 0 : format_->start_time;
  for (Micros preroll : kSeekPrerolls) {
    const bool from_beginning = target <= preroll;
    // From the beginning: aim before the first packet so that encoder priming
    // packets with negative timestamps (AAC in MP4) are decoded as in a plain run.
    const Micros media_time = from_beginning ? start - kMicrosPerSecond : start + target - preroll;
    const std::int64_t ts = av_rescale_q(media_time, AVRational{1, AV_TIME_BASE}, stream_->time_base);
    // Any position at or before `ts`: never past the target.
    int err = avformat_seek_file(format_.get(), stream_->index, std::numeric_limits<std::int64_t>::min(), ts,
                                 ts, 0);
    if (err < 0 && from_beginning) {
      err = avformat_seek_file(format_.get(), -1, std::numeric_limits<std::int64_t>::min(), 0, 0,
                               AVSEEK_FLAG_BYTE);
    }
    if (err < 0) {
      if (from_beginning)
        throw_media_error(kind_of(err, MediaError::Kind::Damaged), path_,
                          "cannot seek the audio stream: " + av_error_text(err));
      continue;
    }
    // A fresh decoder rather than avcodec_flush_buffers(): flushing keeps some
    // state (AAC's previous window shape), so the first frame would differ from
    // what a plain decode from the start gives.
    codec_ = open_codec(path_, *stream_, codec_->codec);
    resampler_.reset();  // drops any resampling delay from before the seek
    reset_decoding_state(sample);
    if (!decode_into_pending()) return;  // target is past the end: next() reports the end
    if (pending_first_ <= sample || from_beginning) return;
  }
}

std::optional<AudioBlock> AudioDecoder::next(std::int64_t stop_sample) {
  const auto channels = static_cast<std::int64_t>(output_.channels);
  while (true) {
    const std::int64_t pending_frames = static_cast<std::int64_t>(pending_.size()) / channels;
    if (pending_offset_ < pending_frames) {
      const std::int64_t index = pending_first_ + pending_offset_;
      if (index < position_) {
        // Before the seek target (decoded for warm-up), or overlapping what was
        // already returned.
        pending_offset_ += std::min(pending_frames - pending_offset_, position_ - index);
        continue;
      }
      if (position_ >= stop_sample) return std::nullopt;
      AudioBlock block;
      block.first_sample = position_;
      if (index > position_) {
        // A gap in the stream (audio starting after the video, a lost packet):
        // silence keeps lesson time and output samples in step.
        const std::int64_t gap = std::min({index - position_, stop_sample - position_, max_silence_frames()});
        block.samples.assign(static_cast<std::size_t>(gap * channels), 0.0F);
        position_ += gap;
        return block;
      }
      const std::int64_t count = std::min(pending_frames - pending_offset_, stop_sample - index);
      const auto begin = pending_.begin() + pending_offset_ * channels;
      block.samples.assign(begin, begin + count * channels);
      pending_offset_ += count;
      position_ = index + count;
      return block;
    }
    if (position_ >= stop_sample) return std::nullopt;
    if (!decode_into_pending()) return std::nullopt;
  }
}

std::int64_t AudioDecoder::max_silence_frames() const { return output_.sample_rate / 10; }

bool AudioDecoder::decode_into_pending() {
  if (at_end_) return false;
  if (!receive_frame()) {
    at_end_ = true;
    return false;
  }
  convert_frame();
  return true;
}

bool AudioDecoder::receive_frame() {
  while (true) {
    int err = avcodec_receive_frame(codec_.get(), frame_.get());
    if (err == 0) return true;
    if (err == AVERROR_EOF) return false;
    if (err != AVERROR(EAGAIN))
      throw_media_error(kind_of(err, MediaError::Kind::Damaged), path_,
                        "audio decoding failed: " + av_error_text(err));
    if (demux_drained_) return false;
    err = av_read_frame(format_.get(), packet_.get());
    if (err < 0) {
      // End of file, or a read error in a damaged or truncated file: either way no
      // more packets can be read, so the decoder is drained and playback ends there.
      demux_drained_ = true;
      if (int flush = avcodec_send_packet(codec_.get(), nullptr); flush < 0 && flush != AVERROR_EOF) {
        throw_media_error(kind_of(flush, MediaError::Kind::Damaged), path_,
                          "cannot drain the audio decoder: " + av_error_text(flush));
      }
      continue;
    }
    if (packet_->stream_index != stream_->index) {
      av_packet_unref(packet_.get());
      continue;
    }
    err = avcodec_send_packet(codec_.get(), packet_.get());
    av_packet_unref(packet_.get());
    // A damaged packet (typically the cut-off last one of a truncated file) is
    // skipped: the samples around it are still good.
    if (err < 0 && err != AVERROR_INVALIDDATA && err != AVERROR(EAGAIN)) {
      throw_media_error(kind_of(err, MediaError::Kind::Damaged), path_,
                        "cannot decode an audio packet: " + av_error_text(err));
    }
  }
}

void AudioDecoder::convert_frame() {
  const AVFrame& frame = *frame_;
  ChannelLayoutOwner in_owner;
  AVChannelLayout& in_layout = in_owner.layout;
  copy_layout(in_layout, frame.ch_layout, path_);
  const bool same_input = resampler_ && resampler_in_rate_ == frame.sample_rate &&
                          resampler_in_format_ == frame.format &&
                          av_channel_layout_compare(&resampler_in_layout_, &in_layout) == 0;
  if (!same_input) {
    SwrContext* raw = nullptr;
    int err = swr_alloc_set_opts2(&raw, &output_layout_, AV_SAMPLE_FMT_FLT, output_.sample_rate, &in_layout,
                                  static_cast<AVSampleFormat>(frame.format), frame.sample_rate, 0, nullptr);
    resampler_.reset(raw);
    if (err >= 0) err = swr_init(resampler_.get());
    if (err < 0) {
      resampler_.reset();
      throw_media_error(kind_of(err, MediaError::Kind::Other), path_,
                        "cannot convert the audio format: " + av_error_text(err));
    }
    resampler_in_rate_ = frame.sample_rate;
    resampler_in_format_ = frame.format;
    copy_layout(resampler_in_layout_, in_layout, path_);
  }

  const int capacity = swr_get_out_samples(resampler_.get(), frame.nb_samples);
  if (capacity < 0)
    throw_media_error(kind_of(capacity, MediaError::Kind::Other), path_,
                      "cannot size the converted audio: " + av_error_text(capacity));
  pending_.resize(static_cast<std::size_t>(capacity) * output_.channels);
  auto* out = reinterpret_cast<std::uint8_t*>(pending_.data());
  const int produced = swr_convert(resampler_.get(), &out, capacity,
                                   const_cast<const std::uint8_t**>(frame.extended_data), frame.nb_samples);
  if (produced < 0)
    throw_media_error(kind_of(produced, MediaError::Kind::Other), path_,
                      "cannot convert decoded audio: " + av_error_text(produced));
  pending_.resize(static_cast<std::size_t>(produced) * output_.channels);
  pending_offset_ = 0;

  const std::int64_t pts = frame.best_effort_timestamp;
  std::int64_t first = expected_next_.value_or(0);
  if (pts != AV_NOPTS_VALUE) {
    first = av_rescale_q(pts, stream_->time_base, AVRational{1, output_.sample_rate}) - start_offset_;
    const std::int64_t tolerance = av_rescale(kContiguityTolerance, output_.sample_rate, kMicrosPerSecond);
    if (expected_next_ && std::abs(first - *expected_next_) <= tolerance) first = *expected_next_;
  }
  pending_first_ = first;
  expected_next_ = first + produced;
  av_frame_unref(frame_.get());
}

}  // namespace cuepoint::media
