// Changes playback speed without changing pitch: an abuffer -> atempo -> abuffersink
// libavfilter graph over output-format samples. One instance covers 0.5x..2.0x.
#pragma once

#include <cstdint>
#include <vector>

#include "audio_format.hpp"
#include "audio_handles.hpp"

namespace cuepoint::media {

// Throws std::invalid_argument naming the rate when it is outside 0.5..2.0.
void check_playback_rate(double rate);

class AudioTempo {
 public:
  // Throws std::invalid_argument outside 0.5..2.0, MediaError when the graph cannot be built.
  AudioTempo(AudioFormat format, double rate);

  // Feeds interleaved samples; returns whatever output the filter has ready.
  std::vector<float> process(const std::vector<float>& samples);
  // Ends the input and returns the remaining output. The graph accepts nothing
  // afterwards: continuing needs a new AudioTempo.
  std::vector<float> finish();

  double rate() const { return rate_; }

 private:
  void send(AVFrame* frame);
  void drain(std::vector<float>& out);

  AudioFormat format_;
  double rate_;
  FilterGraphPtr graph_;
  AVFilterContext* source_ = nullptr;  // owned by graph_
  AVFilterContext* sink_ = nullptr;    // owned by graph_
  std::int64_t frames_in_ = 0;
  bool finished_ = false;
};

}  // namespace cuepoint::media
