#include "video_track.hpp"

#include <utility>

#include "av_error.hpp"
#include "media_input.hpp"
#include "thread_failure.hpp"

namespace cuepoint::media {
namespace {

// Enough to ride out a keyframe burst without holding much memory (ffplay holds ~15 MB).
constexpr std::size_t kPacketQueueCapacity = 64;
// Decoded frames queued ahead of the consumer while playing, as in ffplay (the
// decoder's own threads hold a few more).
constexpr std::size_t kFrameQueueCapacity = 3;

Micros nominal_duration(const AVStream& stream) {
  AVRational rate = stream.avg_frame_rate;
  if (rate.num <= 0 || rate.den <= 0) rate = stream.r_frame_rate;
  if (rate.num <= 0 || rate.den <= 0) return 40'000;
  return av_rescale_q(1, av_inv_q(rate), AV_TIME_BASE_Q);
}

}  // namespace

VideoTrack::VideoTrack(const std::filesystem::path& path)
    : path_(path), packets_(kPacketQueueCapacity), frames_(kFrameQueueCapacity) {
  format_ = open_local_media(path);
  const StreamChoice video = find_video_stream(*format_, path);
  stream_index_ = video.index;
  info_ = describe_media(*format_, video, find_audio_stream(*format_));
  // The audio track has its own demuxer: reading other streams here would be wasted work.
  for (unsigned i = 0; i < format_->nb_streams; ++i) {
    if (static_cast<int>(i) != stream_index_) format_->streams[i]->discard = AVDISCARD_ALL;
  }
  const AVStream& stream = *format_->streams[stream_index_];
  time_base_ = stream.time_base;
  start_time_ = container_start_time(*format_);
  nominal_frame_duration_ = nominal_duration(stream);

  decoder_.reset(avcodec_alloc_context3(video.decoder));
  if (!decoder_)
    throw_media_error(MediaError::Kind::OutOfMemory, path, "out of memory creating the video decoder");
  if (const int copied = avcodec_parameters_to_context(decoder_.get(), stream.codecpar); copied < 0) {
    throw_media_error(kind_of(copied, MediaError::Kind::Damaged), path,
                      "invalid video stream parameters: " + av_error_text(copied));
  }
  decoder_->pkt_timebase = time_base_;
  decoder_->max_pixels = kMaxFramePixels;
  decoder_->thread_count = 0;  // one per core, as FFmpeg chooses
  decoder_->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  if (const int opened = avcodec_open2(decoder_.get(), video.decoder, nullptr); opened < 0) {
    throw_media_error(kind_of(opened, MediaError::Kind::UnsupportedCodec), path,
                      "cannot open the " + info_.video_codec + " decoder: " + av_error_text(opened));
  }

  demux_thread_ = std::jthread([this] { demux_loop(); });
  decode_thread_ = std::jthread([this] { decode_loop(); });
}

VideoTrack::~VideoTrack() {
  {
    std::lock_guard lock(control_mutex_);
    stopping_ = true;
  }
  control_changed_.notify_all();
  packets_.abort();
  frames_.abort();
}

void VideoTrack::seek(Micros target, std::optional<Micros> wanted) {
  std::lock_guard lock(control_mutex_);
  ++serial_;
  pending_seek_ = SeekRequest{target, wanted, serial_};
  // Reset under the lock so the demuxer cannot slip a stale packet in between.
  packets_.reset(serial_);
  frames_.reset(serial_);
  control_changed_.notify_all();
}

// A packet presented before an earlier-demuxed packet that is itself presented at
// or before the wanted time cannot be the last frame <= wanted: that later frame
// supersedes it. latest_wanted_ is only ever a packet that is not skipped, so the
// last frame <= wanted is always decoded, and frames presented after the wanted
// time (the look-ahead and what follows) never are skipped. A superseded packet need
// not be decoded unless other frames reference it, which the decoder knows
// (AVDISCARD_NONREF). Exact for B-frames, unlike skipping every non-reference frame.
bool VideoTrack::SkipPlanner::skippable(std::optional<Micros> packet_time) {
  if (!planning_ || !packet_time) return false;
  const bool superseded = seen_wanted_ && *packet_time < latest_wanted_;
  if (*packet_time <= wanted_ && !superseded) {
    latest_wanted_ = *packet_time;
    seen_wanted_ = true;
  }
  return superseded;
}

// Paused, frames are decoded only while the consumer waits for one (capacity 0: on
// demand). After a seek that leaves the decoder idle once the look-ahead is out,
// instead of decoding frames a scrubbing user never sees and that the next seek's
// flush would have to wait for.
void VideoTrack::set_read_ahead(bool read_ahead) {
  frames_.set_capacity(read_ahead ? kFrameQueueCapacity : 0);
}

std::optional<DecodedEvent> VideoTrack::next(std::optional<std::chrono::microseconds> timeout) {
  return frames_.pop(timeout);
}

bool VideoTrack::perform_seek(Micros target) {
  AVFormatContext* format = format_.get();
  const AVStream& stream = *format->streams[stream_index_];
  if (target > 0) {
    const std::int64_t timestamp = to_stream_timestamp(target, time_base_, start_time_);
    // max_ts = timestamp: the keyframe at or before the target, never after it.
    if (avformat_seek_file(format, stream_index_, INT64_MIN, timestamp, timestamp, 0) >= 0) return true;
  }
  // The very start. Demuxers with timestamp discontinuities (MPEG-TS/PS) may not
  // find their first keyframe by timestamp, so they start over by bytes, as ffplay does.
  const std::int64_t first = stream.start_time != AV_NOPTS_VALUE ? stream.start_time : 0;
  if ((format->iformat->flags & AVFMT_TS_DISCONT) && !(format->iformat->flags & AVFMT_NO_BYTE_SEEK) &&
      avformat_seek_file(format, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BYTE) >= 0) {
    return true;
  }
  return avformat_seek_file(format, stream_index_, INT64_MIN, first, first, 0) >= 0 ||
         av_seek_frame(format, stream_index_, first, AVSEEK_FLAG_BACKWARD) >= 0;
}

void VideoTrack::demux_loop() {
  int serial = 0;
  bool at_end = false;
  SkipPlanner planner;
  try {
    PacketPtr packet = make_packet();
    for (;;) {
      std::optional<SeekRequest> request;
      {
        std::unique_lock lock(control_mutex_);
        control_changed_.wait(lock, [&] { return stopping_ || pending_seek_ || !at_end; });
        if (stopping_) return;
        request = std::exchange(pending_seek_, std::nullopt);
      }
      if (request) {
        serial = request->serial;
        at_end = false;
        planner = SkipPlanner(request->wanted);
        if (!perform_seek(request->target)) {
          packets_.push(PacketItem::failure(
              MediaError(MediaError::Kind::Damaged, path_.string() + ": cannot seek in the video stream"),
              serial));
          at_end = true;
          continue;
        }
      }
      const int read = av_read_frame(format_.get(), packet.get());
      if (read == AVERROR(EAGAIN)) continue;
      if (read < 0) {
        // End of file, or unreadable data: what was decoded so far is the whole video.
        at_end = true;
        if (!packets_.push({PacketItem::Kind::End, nullptr, std::nullopt, serial})) return;
        continue;
      }
      if (packet->stream_index != stream_index_) {
        av_packet_unref(packet.get());
        continue;
      }
      const bool skippable = planner.skippable(
          packet->pts != AV_NOPTS_VALUE ? std::optional(to_lesson_time(packet->pts, time_base_, start_time_))
                                        : std::nullopt);
      PacketPtr queued = make_packet();
      av_packet_move_ref(queued.get(), packet.get());
      if (!packets_.push({PacketItem::Kind::Data, std::move(queued), std::nullopt, serial, skippable}))
        return;
    }
  } catch (...) {
    packets_.push(PacketItem::failure(current_media_error(path_), serial));
  }
}

void VideoTrack::decode_loop() {
  int serial = 0;
  try {
    while (std::optional<PacketItem> item = packets_.pop()) {
      if (item->serial != serial) {
        avcodec_flush_buffers(decoder_.get());
        serial = item->serial;
        last_frame_end_.reset();
      }
      switch (item->kind) {
        case PacketItem::Kind::Data:
          // Sending a packet starts decoding a frame (frame threads): only when its
          // output has room, else the work is wasted if a seek comes first.
          if (const auto room = frames_.wait_for_room(serial);
              room != SerialQueue<DecodedEvent>::Room::Available) {
            if (room == SerialQueue<DecodedEvent>::Room::Aborted) return;
            break;  // a seek came: the packet is outdated
          }
          decoder_->skip_frame = item->skip_if_unreferenced ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
          if (!decode_packet(item->packet.get(), serial)) return;
          break;
        case PacketItem::Kind::End:
          decoder_->skip_frame = AVDISCARD_DEFAULT;
          if (!decode_packet(nullptr, serial)) return;
          if (!frames_.push({DecodedEvent::Kind::End, nullptr, 0, 0, true, std::nullopt, serial})) return;
          break;
        case PacketItem::Kind::Failure:
          if (!frames_.push(DecodedEvent::failure(std::move(*item->error), serial))) return;
          break;
      }
    }
  } catch (...) {
    frames_.push(DecodedEvent::failure(current_media_error(path_), serial));
  }
}

// Sends one packet (nullptr: drain) and forwards every frame it completes. Damaged
// data is skipped the way players do (and counted); any other failure of the
// decoder is queued as a MediaError of its kind, which the consumer throws.
bool VideoTrack::decode_packet(const AVPacket* packet, int serial) {
  const int sent = avcodec_send_packet(decoder_.get(), packet);
  // EAGAIN cannot happen (every frame is received before the next send); EOF: drained already.
  if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_EOF) {
    if (!is_damaged_data(sent)) return push_failure(sent, "cannot decode a video packet", serial);
  }
  FramePtr decoded = make_frame();
  for (;;) {
    const int received = avcodec_receive_frame(decoder_.get(), decoded.get());
    if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return true;
    if (received < 0) {
      // A damaged frame, dropped by the decoder. Frames after it are still received:
      // while draining, other frame threads hold the last frames of the video.
      if (!is_damaged_data(received)) return push_failure(received, "cannot decode a video frame", serial);
      continue;
    }
    if (!push_frame(*decoded, serial)) return false;
  }
}

bool VideoTrack::is_damaged_data(int av_status) {
  if (av_status != AVERROR_INVALIDDATA) return false;
  damaged_skipped_.fetch_add(1, std::memory_order_relaxed);
  return true;
}

bool VideoTrack::push_failure(int av_status, const char* doing, int serial) {
  return frames_.push(
      DecodedEvent::failure(MediaError(kind_of(av_status, MediaError::Kind::Damaged),
                                       path_.string() + ": " + doing + ": " + av_error_text(av_status)),
                            serial));
}

bool VideoTrack::push_frame(AVFrame& decoded, int serial) {
  frames_decoded_.fetch_add(1, std::memory_order_relaxed);
  const std::int64_t timestamp = decoded.best_effort_timestamp;
  const bool timed = timestamp != AV_NOPTS_VALUE || last_frame_end_.has_value();
  const Micros time = timestamp != AV_NOPTS_VALUE ? to_lesson_time(timestamp, time_base_, start_time_)
                                                  : last_frame_end_.value_or(0);
  const Micros duration = decoded.pkt_duration > 0
                              ? av_rescale_q(decoded.pkt_duration, time_base_, AV_TIME_BASE_Q)
                              : nominal_frame_duration_;
  last_frame_end_ = time + duration;
  FramePtr frame = make_frame();
  av_frame_move_ref(frame.get(), &decoded);
  return frames_.push(
      {DecodedEvent::Kind::Frame, std::move(frame), time, duration, timed, std::nullopt, serial});
}

}  // namespace cuepoint::media
