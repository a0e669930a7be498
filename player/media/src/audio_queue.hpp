// The meeting point of the audio path's threads: the producer (demux, decode,
// tempo) appends chunks of output samples tagged with lesson times; the output
// (SDL callback, Null pacing thread, test capture) pulls them; control calls
// (play, seek, stop, rate) come from the caller's thread. One mutex guards it
// all and is only ever held for copies, so the audio callback never waits long.
//
// The clock: every pulled frame gets the next index of a "handed stream" that
// counts silence too. Pulls record which lesson times each run of handed frames
// carries (silence carries a constant time), so when an output reports how many
// handed frames have been heard, time_at() maps that count back to the lesson
// time being heard — exactly across seeks, stops, pauses and rate changes.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "audio_format.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

struct AudioChunk {
  std::vector<float> samples;  // interleaved output frames; may be empty (marks progress only)
  Micros start = 0;            // lesson time of the first frame
  Micros end = 0;              // lesson time just past the last frame
};

class AudioQueue {
 public:
  AudioQueue(AudioFormat format, std::int64_t capacity_frames, double rate);

  const AudioFormat& format() const { return format_; }

  // ---- Control: the caller's thread ----
  void set_playing(bool playing);
  void set_gain(float gain);
  // Drops queued samples; the clock reads `time` at once; production restarts there.
  void seek(Micros time);
  // Queued samples were made at the old rate: they are dropped and production
  // restarts at the first lesson time not yet handed to the output.
  void set_rate(double rate);
  // Samples at or past `stop` are never handed out; queued ones are cut off.
  void set_stop(std::optional<Micros> stop);
  void quit();

  // ---- Producer: the decoding thread ----
  struct Work {
    enum class Kind { Quit, Reposition, Produce };
    Kind kind = Kind::Quit;
    Micros position = 0;  // Reposition: the lesson time to restart at
    double rate = 1.0;
    std::optional<Micros> stop;
    std::uint64_t generation = 0;
  };
  // Blocks until there is something to do: room in the queue, or a reposition.
  Work wait_for_work();
  // Appends a chunk made for `generation` (cut at the stop); false, and nothing
  // appended, when a later reposition made it stale.
  bool push(AudioChunk chunk, std::uint64_t generation);
  void mark_end(std::uint64_t generation);  // the stream has no more samples
  void fail(MediaError error);              // the producer stopped on this error (thread_failure.hpp)

  // ---- Output ----
  // Fills `frames` frames (silence when paused, at the stop, the end, or on
  // underrun); returns how many carried samples. Never waits for the producer.
  std::int64_t pull(float* out, std::int64_t frames);
  // For outputs not paced by a clock (test capture): first waits while more
  // samples are on their way.
  std::int64_t pull_waiting(float* out, std::int64_t frames);

  // ---- Observation ----
  // The lesson time carried by the handed frame at index `heard_frames`.
  Micros time_at(std::int64_t heard_frames) const;
  // End of stream reached and every sample heard; throws the producer's failure.
  bool finished(std::int64_t heard_frames) const;

 private:
  struct HandedRun {
    std::int64_t first_frame;
    std::int64_t frames;
    Micros start;
    Micros end;
  };

  std::int64_t pull_locked(float* out, std::int64_t frames);
  void record_run(std::int64_t frames, Micros start, Micros end);
  Micros handed_time_locked() const;
  void truncate_locked(Micros stop);
  void request_reposition_locked(Micros position);
  bool halted_at_stop_locked() const;
  std::int64_t frame_count(const AudioChunk& chunk) const;

  const AudioFormat format_;
  const std::int64_t capacity_frames_;

  mutable std::mutex mutex_;
  std::condition_variable changed_;

  bool playing_ = false;
  float gain_ = 1.0F;
  double rate_;
  std::optional<Micros> stop_;
  bool quit_ = false;

  std::optional<Micros> reposition_;  // pending for the producer
  std::uint64_t generation_ = 0;
  bool end_ = false;
  std::optional<MediaError> error_;

  std::deque<AudioChunk> chunks_;
  std::int64_t front_offset_ = 0;  // frames of chunks_.front() already handed
  std::int64_t queued_frames_ = 0;
  Micros tail_ = 0;  // lesson time just past the last sample produced (queued or handed)

  std::deque<HandedRun> runs_;
  std::int64_t handed_frames_ = 0;
  std::int64_t real_end_frame_ = 0;  // handed index just past the last real sample
  Micros base_time_ = 0;             // for heard indices before every recorded run
  mutable Micros clock_floor_ = 0;   // keeps the clock monotonic between seeks
};

}  // namespace cuepoint::media
