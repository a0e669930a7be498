#include "thread_failure.hpp"

#include <new>
#include <string>

namespace cuepoint::media {

MediaError current_media_error(const std::filesystem::path& path) {
  try {
    throw;
  } catch (const MediaError& error) {
    return error;
  } catch (const std::bad_alloc&) {
    return MediaError(MediaError::Kind::OutOfMemory, path.string() + ": out of memory");
  } catch (const std::exception& error) {
    return MediaError(MediaError::Kind::Other, path.string() + ": " + error.what());
  } catch (...) {
    return MediaError(MediaError::Kind::Other, path.string() + ": an unknown failure in a media thread");
  }
}

}  // namespace cuepoint::media
