// The video half of the engine: its own demuxer on the best video stream, a demux
// thread feeding a bounded packet queue and a decoder thread (FFmpeg frame+slice
// threading) feeding a bounded frame queue. Seeks restart both stages under a new
// serial, so nothing decoded for an earlier position ever reaches the consumer.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "av_handles.hpp"
#include "cuepoint/media/playback.hpp"
#include "serial_queue.hpp"

namespace cuepoint::media {

// What the decoder thread hands to the consumer.
struct DecodedEvent {
  enum class Kind { Frame, End, Failure };
  Kind kind = Kind::End;
  FramePtr frame;       // Kind::Frame
  Micros time = 0;      // lesson time of the frame
  Micros duration = 0;  // how long the frame lasts (estimated when the stream does not say)
  bool timed = true;    // false: no timestamp and no earlier frame since the seek to infer one from
  std::optional<MediaError> error;  // Kind::Failure: what the consumer throws (thread_failure.hpp)
  int serial = 0;

  static DecodedEvent failure(MediaError error, int serial) {
    return {Kind::Failure, nullptr, 0, 0, true, std::move(error), serial};
  }
};

class VideoTrack {
 public:
  // Opens the file and starts demuxing and decoding from the start. Throws MediaError.
  explicit VideoTrack(const std::filesystem::path& path);
  ~VideoTrack();
  VideoTrack(const VideoTrack&) = delete;
  VideoTrack& operator=(const VideoTrack&) = delete;

  const MediaInfo& info() const { return info_; }

  // Restarts the pipeline at the keyframe at or before lesson time `target`
  // (target <= 0: the very start of the file). Returns at once; frames of the new
  // position follow from next(). With `wanted`, frames that cannot be the last one
  // <= wanted and that no other frame depends on may be left undecoded (faster seeks).
  void seek(Micros target, std::optional<Micros> wanted = std::nullopt);

  // The next decoded event of the current position; nullopt when `timeout` passes
  // first (no timeout: waits).
  std::optional<DecodedEvent> next(std::optional<std::chrono::microseconds> timeout = std::nullopt);

  // Whether to decode frames ahead of the consumer. Off while paused: frames decoded
  // ahead of a seek target are wasted work when the user scrubs on.
  void set_read_ahead(bool read_ahead);

  std::int64_t frames_decoded() const { return frames_decoded_.load(std::memory_order_relaxed); }
  // Packets and frames the decoder refused as damaged (AVERROR_INVALIDDATA): skipped, as players do.
  std::int64_t damaged_skipped() const { return damaged_skipped_.load(std::memory_order_relaxed); }

 private:
  struct PacketItem {
    enum class Kind { Data, End, Failure };
    Kind kind = Kind::Data;
    PacketPtr packet;
    std::optional<MediaError> error;  // Kind::Failure
    int serial = 0;
    bool skip_if_unreferenced = false;  // decode only if later frames need it

    static PacketItem failure(MediaError error, int serial) {
      return {Kind::Failure, nullptr, std::move(error), serial};
    }
  };
  struct SeekRequest {
    Micros target = 0;
    std::optional<Micros> wanted;
    int serial = 0;
  };
  // Decides, packet by packet after a seek, which frames cannot be the one wanted.
  class SkipPlanner {
   public:
    explicit SkipPlanner(std::optional<Micros> wanted = std::nullopt)
        : planning_(wanted.has_value()), wanted_(wanted.value_or(0)) {}
    // packet_time: the packet's presentation time, nullopt when it has none.
    bool skippable(std::optional<Micros> packet_time);

   private:
    bool planning_ = false;
    Micros wanted_ = 0;
    bool seen_wanted_ = false;  // a packet presented at or before the wanted time so far
    Micros latest_wanted_ = 0;  // the latest such presentation time
  };

  void demux_loop();
  bool perform_seek(Micros target);
  void decode_loop();
  bool decode_packet(const AVPacket* packet, int serial);
  // AVERROR_INVALIDDATA: damaged data the decoder skips (counted in damaged_skipped()).
  bool is_damaged_data(int av_status);
  // Queues a Failure for a libavcodec error; false when the queue was aborted.
  bool push_failure(int av_status, const char* doing, int serial);
  bool push_frame(AVFrame& decoded, int serial);  // takes the frame's buffers

  std::filesystem::path path_;
  FormatContextPtr format_;
  CodecContextPtr decoder_;
  int stream_index_ = -1;
  AVRational time_base_{0, 1};
  Micros start_time_ = 0;
  Micros nominal_frame_duration_ = 40'000;
  MediaInfo info_;

  SerialQueue<PacketItem> packets_;
  SerialQueue<DecodedEvent> frames_;

  std::mutex control_mutex_;  // guards the members below
  std::condition_variable control_changed_;
  std::optional<SeekRequest> pending_seek_;
  int serial_ = 0;
  bool stopping_ = false;

  std::atomic<std::int64_t> frames_decoded_{0};
  std::atomic<std::int64_t> damaged_skipped_{0};
  // Decoder thread only: a frame without a timestamp follows the previous one.
  std::optional<Micros> last_frame_end_;

  // Last members: joined first on destruction, while everything they use still exists.
  std::jthread demux_thread_;
  std::jthread decode_thread_;
};

}  // namespace cuepoint::media
