#include "cuepoint/loader/lesson_loader.hpp"

#include <system_error>

#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/package/package_reader.hpp"
#include "media_reference.hpp"
#include "package_source.hpp"

namespace cuepoint::loader {
namespace {

namespace fs = std::filesystem;
using lesson::Diagnostic;

Diagnostic error_at(const fs::path& file, lesson::SourceLocation where, std::string message) {
  return Diagnostic{file.string(), where.line, where.column, Diagnostic::Error, std::move(message)};
}

// The video's bytes are what the lesson's cue times were written against: a
// different file would stop on the wrong frames. Hashed here, once per load.
void check_video_digest(LoadedLesson& loaded, std::vector<Diagnostic>& diagnostics,
                        const DigestProgress& progress) {
  const auto& video = loaded.lesson.video;
  if (video.sha256.empty() || !loaded.video.path) return;
  try {
    const std::string actual = integrity::sha256_of_file(*loaded.video.path, progress);
    if (actual != video.sha256) {
      diagnostics.push_back(error_at(loaded.file, video.location,
                                     "video file '" + video.src + "' has SHA-256 " + actual +
                                         ", but the lesson expects " + video.sha256));
    }
  } catch (const integrity::DigestError& failure) {
    diagnostics.push_back(error_at(loaded.file, video.location, failure.what()));
  }
}

enum class Digests { Check, Skip };

LoadResult load(const fs::path& path, const DigestProgress& video_digest_progress, Digests digests);

}  // namespace

bool LoadResult::ok() const { return loaded.has_value() && !lesson::has_errors(diagnostics); }

LoadResult load_lesson(const fs::path& path) { return load_lesson(path, {}); }

LoadResult load_lesson(const fs::path& path, const DigestProgress& video_digest_progress) {
  return load(path, video_digest_progress, Digests::Check);
}

LoadResult scan_lesson(const fs::path& path) { return load(path, {}, Digests::Skip); }

namespace {

LoadResult load(const fs::path& path, const DigestProgress& video_digest_progress, Digests digests) {
  std::error_code error;
  if (package::is_package_path(path) && fs::is_regular_file(path, error))
    return load_package_lesson(path, video_digest_progress, digests == Digests::Check);
  LoadResult result;
  fs::path file = path;
  if (fs::is_directory(path, error)) file = path / "lesson.xml";
  auto parsed = lesson::parse_lesson_file(file);
  result.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.lesson) return result;

  LoadedLesson loaded;
  loaded.lesson = std::move(*parsed.lesson);
  loaded.file = file;
  const fs::path folder_as_named = file.parent_path();
  loaded.folder = fs::canonical(folder_as_named.empty() ? fs::path(".") : folder_as_named, error);
  if (error) {
    result.diagnostics.push_back(
        error_at(file, {}, "cannot resolve the lesson's folder: " + error.message()));
    return result;
  }
  try {
    loaded.sha256 = integrity::sha256_of_file(file);
  } catch (const integrity::DigestError& failure) {
    result.diagnostics.push_back(error_at(file, {}, failure.what()));
    return result;
  }

  const auto resolve = [&](MediaReference& reference) {
    if (auto problem = resolve_media(reference, folder_as_named, loaded.folder)) {
      result.diagnostics.push_back(error_at(file, reference.location, std::move(*problem)));
    }
  };
  loaded.video = MediaReference{
      MediaKind::Video, loaded.lesson.video.src, {}, std::nullopt, loaded.lesson.video.location};
  resolve(loaded.video);
  if (digests == Digests::Check) check_video_digest(loaded, result.diagnostics, video_digest_progress);
  for (const auto& track : loaded.lesson.captions) {
    MediaReference reference{MediaKind::Captions, track.src, {}, std::nullopt, track.location};
    resolve(reference);
    loaded.captions.push_back(std::move(reference));
  }
  result.loaded = std::move(loaded);
  return result;
}

}  // namespace

}  // namespace cuepoint::loader
