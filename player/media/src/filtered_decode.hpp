// Decodes one stream of a media file from start to end through a libavfilter
// graph and hands each filtered frame to the caller: what scene and silence
// detection share.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "cuepoint/media/pause_detect.hpp"
#include "media_input.hpp"

extern "C" {
#include <libavutil/frame.h>
}

namespace cuepoint::media {

struct FilteredFrame {
  const AVFrame& frame;
  Micros at = 0;  // lesson time of the frame's timestamp
};

// Runs `filters` (a filter chain, e.g. "scdet=threshold=10") on every frame of
// `stream` (video or audio) of the opened `format`, in presentation order. Other
// streams are skipped unread. `on_frame` sees each frame the chain gives out.
// Throws MediaError naming `path`.
void decode_through_filters(const std::filesystem::path& path, AVFormatContext& format,
                            const StreamChoice& stream, const std::string& filters,
                            const std::function<void(const FilteredFrame&)>& on_frame,
                            const ScanProgress& progress);

}  // namespace cuepoint::media
