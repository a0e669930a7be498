#include "package_source.hpp"

#include <system_error>

#include "cuepoint/integrity/sha256_stream.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/package/manifest.hpp"
#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"

namespace cuepoint::loader {
namespace {

namespace fs = std::filesystem;
using lesson::Diagnostic;

Diagnostic error_at(const std::string& file, lesson::SourceLocation where, std::string message) {
  return Diagnostic{file, where.line, where.column, Diagnostic::Error, std::move(message)};
}

std::string sha256_of_text(const std::string& text) {
  integrity::Sha256Stream digest;
  digest.update(text.data(), text.size());
  return digest.finish();
}

// Resolves a media reference to its entry in the package; why not, when it cannot.
std::optional<std::string> resolve_entry(MediaReference& reference, const package::Package& package,
                                         const fs::path& real_package) {
  const std::string kind = reference.kind == MediaKind::Video ? "video" : "captions";
  const std::string name = fs::path(reference.src).lexically_normal().generic_string();
  reference.named = package.file() / name;
  if (name.empty() || name.front() == '/' || name.rfind("..", 0) == 0 ||
      reference.src.find(':') != std::string::npos)
    return kind + " '" + reference.src + "' does not name a file inside the package";
  const package::PackageEntry* entry = package.find(name);
  if (entry == nullptr || name == package::kManifestName)
    return kind + " file '" + reference.src + "' is not in the package " + package.file().string();
  if (reference.kind == MediaKind::Video && !entry->stored)
    return "video file '" + reference.src +
           "' is compressed in the package; the player reads videos in place, so they must be stored "
           "(cuepoint-author pack stores them)";
  reference.path = real_package / name;
  return std::nullopt;
}

}  // namespace

LoadResult load_package_lesson(const fs::path& file, const DigestProgress& progress, bool check_hashes) {
  LoadResult result;
  const std::string lesson_name = (file / package::kLessonName).string();
  std::optional<package::Package> package;
  std::string xml;
  try {
    package = package::Package::open(file);
    xml = package->read_text(package::kLessonName);
  } catch (const package::PackageError& error) {
    result.diagnostics.push_back(error_at(file.string(), {}, error.what()));
    return result;
  }
  auto parsed = lesson::parse_lesson_string(xml, lesson_name);
  result.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.lesson) return result;

  LoadedLesson loaded;
  loaded.lesson = std::move(*parsed.lesson);
  loaded.file = lesson_name;
  std::error_code error;
  loaded.folder = fs::canonical(file, error);
  if (error) {
    result.diagnostics.push_back(
        error_at(file.string(), {}, "cannot resolve the package: " + error.message()));
    return result;
  }
  loaded.sha256 = sha256_of_text(xml);  // the same as the unpacked lesson.xml's: the same content

  const auto resolve = [&](MediaReference& reference) {
    if (auto problem = resolve_entry(reference, *package, loaded.folder))
      result.diagnostics.push_back(error_at(lesson_name, reference.location, std::move(*problem)));
  };
  const auto& video = loaded.lesson.video;
  loaded.video = MediaReference{MediaKind::Video, video.src, {}, std::nullopt, video.location};
  resolve(loaded.video);
  if (loaded.video.path && !video.sha256.empty()) {
    const auto* entry = package->find(fs::path(video.src).lexically_normal().generic_string());
    if (entry->sha256 != video.sha256)
      result.diagnostics.push_back(error_at(lesson_name, video.location,
                                            "video file '" + video.src + "' has SHA-256 " + entry->sha256 +
                                                " in the manifest, but the lesson expects " + video.sha256));
  }
  for (const auto& track : loaded.lesson.captions) {
    MediaReference reference{MediaKind::Captions, track.src, {}, std::nullopt, track.location};
    resolve(reference);
    loaded.captions.push_back(std::move(reference));
  }
  if (!check_hashes) {
    result.loaded = std::move(loaded);
    return result;
  }
  // Every hash at open, before anything plays: a damaged file is named now, not
  // as a decoding error half-way through the lesson.
  try {
    std::uint64_t total = 0;
    for (const auto& entry : package->entries()) total += entry.size;
    if (progress) progress(0, total);
    package->check_hashes();
    if (progress) progress(total, total);
  } catch (const package::PackageError& failure) {
    result.diagnostics.push_back(error_at(file.string(), {}, failure.what()));
  }
  result.loaded = std::move(loaded);
  return result;
}

}  // namespace cuepoint::loader
