// manifest.json of a package: every other entry's name, size and SHA-256, written
// by `pack` and checked by everything that reads a package (docs/package.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cuepoint::package {

inline constexpr const char* kManifestName = "manifest.json";
inline constexpr const char* kLessonName = "lesson.xml";
inline constexpr int kFormatVersion = 1;

struct ManifestFile {
  std::string name;  // the entry's name in the zip
  std::uint64_t size = 0;
  std::string sha256;  // lowercase hex
};

struct Manifest {
  std::vector<ManifestFile> files;  // in the order they were packed
  const ManifestFile* find(const std::string& name) const;
};

std::string write_manifest(const Manifest& manifest);

// Parses manifest JSON that a stranger may have written; `where` names it in
// messages ("lesson.cuepoint/manifest.json"). Throws PackageError (Damaged).
Manifest parse_manifest(const std::string& text, const std::string& where);

}  // namespace cuepoint::package
