// The media engine's public face. No FFmpeg or SDL type appears here: the lesson
// runtime and front ends see lesson times, pictures and events only.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cuepoint/media/rgb_image.hpp"

namespace cuepoint::media {

using Micros = std::int64_t;  // lesson time: media time minus the container start time

// Any failure to open, demux or decode; the message is for a person and names the
// file, the kind is for a front end that words or handles kinds differently.
class MediaError : public std::runtime_error {
 public:
  enum class Kind {
    CannotOpen,        // missing, not a regular file, a refused path, no permission
    NotAVideo,         // no demuxer recognises it (a text file named .mp4), or it has no video stream
    UnsupportedCodec,  // recognised, but its codec (or frame size) is one this player cannot decode
    Damaged,           // recognised, but its header or data cannot be read (truncated, corrupt)
    ReadFailed,        // the file system failed while reading (EIO)
    OutOfMemory,
    Output,  // the audio device could not be opened, or a PNG could not be written
    Other,   // an FFmpeg filter or conversion the engine relies on failed
  };
  MediaError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// A few words for a person: "not a video", "damaged", "unsupported codec", ...
const char* describe(MediaError::Kind kind);

struct MediaInfo {
  std::string container;  // e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  Micros duration = 0;    // lesson-time duration; 0 when unknown
  Micros start_time = 0;  // the container start time, in media time
  int width = 0;
  int height = 0;
  double frame_rate = 0.0;  // average; 0 when unknown
  std::string video_codec;  // e.g. "h264"
  bool has_audio = false;
  std::string audio_codec;
  int audio_sample_rate = 0;
  int audio_channels = 0;
};

// Reads the container header only (no decoding); throws MediaError.
MediaInfo probe(const std::filesystem::path& path);

enum class PixelLayout { YUV420P, NV12, RGBA };

// How a YUV picture's samples map to RGB: what a texture must be told to show the
// colours FFmpeg's own conversion gives (SDL_SetYUVConversionMode).
enum class ColorMatrix { BT601, BT709 };
enum class ColorRange { Limited, Full };  // 16..235 (video) or 0..255 (JPEG)

// The shape of one sample (pixel): 1:1 unless the stream says otherwise (anamorphic video).
struct AspectRatio {
  int num = 1;
  int den = 1;
};

// A decoded video frame as the player shows it. Cheap to copy (shared, immutable).
class Picture {
 public:
  struct Plane {
    const std::uint8_t* data;
    int pitch;
  };
  Micros lesson_time() const;
  int width() const;
  int height() const;
  // The planes as a texture takes them: YUV420P or NV12 in BT.601 or BT.709, at
  // limited range or full-range BT.601, as decoded when they already are; other
  // formats (10-bit, 4:2:2, 4:4:4, ...) converted once, on first use, to
  // limited-range YUV420P; full-range BT.709, other matrices and RGB formats to RGBA.
  PixelLayout layout() const;
  Plane plane(int index) const;
  // The colour matrix and range of plane()'s YUV samples (RGBA: BT601 and Full, unused).
  ColorMatrix color_matrix() const;
  ColorRange color_range() const;
  AspectRatio sample_aspect_ratio() const;
  // This picture with NV12 planes converted to YUV420P, for a renderer without NV12
  // textures; *this for any other layout.
  Picture planar() const;
  // Writes the picture at its own resolution as an RGB PNG (FFmpeg's PNG encoder).
  void write_png(const std::filesystem::path& path) const;
  // The picture at its own resolution as packed RGB, converted exactly as write_png
  // converts it (offscreen rendering such as `cuepoint-author preview`). Throws MediaError.
  RgbImage to_rgb() const;

  struct Impl;
  explicit Picture(std::shared_ptr<const Impl> impl);

 private:
  std::shared_ptr<const Impl> impl_;
};

enum class ClockMode {
  Untimed,   // as fast as decoding allows (headless checks, benchmarks)
  Realtime,  // paced by the audio clock, else by the system clock
};

enum class AudioOutput {
  None,    // decode nothing for output; realtime pacing uses the system clock
  Device,  // an SDL audio device (the windowed player)
  Null,    // decode, filter and consume audio at the device rate without a device (headless --realtime)
};

struct PlaybackOptions {
  ClockMode clock = ClockMode::Untimed;
  AudioOutput audio = AudioOutput::None;
  double rate = 1.0;  // 0.5 .. 2.0, pitch preserved
};

struct PlaybackStats {
  std::int64_t frames_decoded = 0;
  std::int64_t frames_shown = 0;
  std::int64_t frames_dropped = 0;
  // Video packets and frames the decoder refused as damaged data: skipped, as players do.
  std::int64_t damaged_skipped = 0;
  // |video - audio| offsets sampled at each shown frame in realtime mode, in ms.
  double av_offset_p50_ms = 0.0;
  double av_offset_p99_ms = 0.0;
};

struct PlaybackEvent {
  enum class Kind {
    Idle,         // nothing changed (realtime: next frame not due yet; paused)
    FrameShown,   // a new picture is shown
    ReachedStop,  // the clock reached the stop point: paused exactly there
    EndOfMedia,   // the last frame has been shown and audio has drained
  };
  Kind kind = Kind::Idle;
  Micros position = 0;  // the clock's lesson time after this update
};

// Plays one media file. Not thread-safe: one caller thread drives it (the UI or
// headless loop); decoding runs on the engine's own threads.
class Playback {
 public:
  // Opens a local file (protocol prefixes such as http: or concat: are refused) and
  // shows its first frame: paused at lesson time 0, as after seek(0). Throws
  // MediaError naming the file; std::invalid_argument for a rate outside 0.5 .. 2.0.
  // Audio is played only in Realtime mode with audio != None and an audio stream.
  static std::unique_ptr<Playback> open(const std::filesystem::path& path, const PlaybackOptions& options);
  virtual ~Playback() = default;

  virtual const MediaInfo& info() const = 0;

  // The next point where playback must pause (a cue). When the clock reaches it,
  // update() returns ReachedStop, the shown picture is the last frame whose lesson
  // time <= stop (the first frame if none), no later frame has been shown, and
  // audio has stopped at exactly `stop`. nullopt: no stop.
  // A stop fires once: reaching it clears it, and play() continues from there (set
  // the next stop first). A stop behind the clock when it is set (or after a seek)
  // is ignored. ReachedStop never changes the picture: the stop frame was presented
  // by an earlier FrameShown (the first frame if the stop precedes every frame).
  virtual void set_stop(std::optional<Micros> stop) = 0;

  virtual void play() = 0;
  virtual void pause() = 0;
  virtual bool playing() const = 0;

  // Exact seek: afterwards the shown picture is the last frame whose lesson time
  // <= t (the first frame if none) and the clock is at t (a negative t counts as 0).
  // Play state is kept. Blocks until that frame is decoded; throws MediaError.
  virtual void seek(Micros t) = 0;

  // Drives presentation. Untimed: presents the next frame. Realtime: waits at
  // most `max_wait` for the next frame to fall due, drops late frames (never
  // across the stop point) and presents the due one.
  // EndOfMedia pauses playback at the end of the last frame; play() there reports
  // EndOfMedia again. Paused: returns Idle at once. A decoding failure that ends
  // the stream throws MediaError (damaged data is skipped, as players do).
  virtual PlaybackEvent update(Micros max_wait = 10'000) = 0;

  virtual Micros position() const = 0;
  virtual std::optional<Picture> shown() const = 0;

  virtual void set_rate(double rate) = 0;  // 0.5 .. 2.0; throws std::invalid_argument outside
  virtual double rate() const = 0;
  virtual void set_volume(double volume) = 0;  // 0 .. 1
  virtual void set_muted(bool muted) = 0;

  virtual PlaybackStats stats() const = 0;
};

}  // namespace cuepoint::media
