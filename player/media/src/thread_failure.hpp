// The one way a failure crosses from one of the engine's threads (video demuxer,
// video decoder, audio producer) to the caller's: as a MediaError value, kind and
// message, handed over in the thread's output queue and thrown by the consumer.
#pragma once

#include <exception>
#include <filesystem>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

// What a worker thread caught, as the MediaError the consumer throws: a MediaError
// as it is; std::bad_alloc as OutOfMemory; anything else as Other, naming `path`.
// Call inside a catch (...) block.
MediaError current_media_error(const std::filesystem::path& path);

}  // namespace cuepoint::media
