#include "cuepoint/package/package_reader.hpp"

#include <array>
#include <fstream>
#include <set>
#include <system_error>
#include <utility>

#include "archive_handles.hpp"
#include "cuepoint/integrity/sha256_stream.hpp"
#include "cuepoint/package/package_error.hpp"
#include "entry_names.hpp"
#include "entry_stream.hpp"
#include "local_header.hpp"

namespace cuepoint::package {
namespace {

namespace fs = std::filesystem;
using Kind = PackageError::Kind;

struct Listed {
  std::string name;
  std::uint64_t size = 0;
  bool operator==(const Listed&) const = default;
};

// The entries as the central directory lists them (what other zip tools show).
// A truncated zip has none; a tampered one lists other names or sizes than its
// local headers, which is refused.
std::vector<Listed> central_directory(const fs::path& file) {
  ArchiveReader reader(archive_read_new());
  if (!reader || archive_read_support_format_zip_seekable(reader.get()) != ARCHIVE_OK)
    throw PackageError(Kind::Io, file.string() + ": cannot start reading (libarchive)");
  if (archive_read_open_filename(reader.get(), file.c_str(), 1 << 16) != ARCHIVE_OK)
    throw PackageError(Kind::Damaged, file.string() +
                                          ": damaged package (its zip directory cannot be read: " +
                                          archive_message(reader.get()) + "; a truncated file?)");
  std::vector<Listed> listed;
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    // Only the central directory says what is a link (in its external attributes):
    // the local headers make a link look like a small file holding its target.
    if (archive_entry_filetype(entry) == AE_IFLNK || archive_entry_hardlink(entry) != nullptr)
      throw PackageError(Kind::Refused, file.string() + ": refused: entry '" + name + "' is a link");
    if (archive_entry_filetype(entry) != AE_IFREG)
      throw PackageError(Kind::Refused,
                         file.string() + ": refused: entry '" + name + "' is not a regular file");
    listed.push_back({name, static_cast<std::uint64_t>(archive_entry_size(entry))});
    if (archive_read_data_skip(reader.get()) != ARCHIVE_OK) break;
  }
  if (status != ARCHIVE_EOF)
    throw PackageError(Kind::Damaged, file.string() +
                                          ": damaged package (its zip directory cannot be read: " +
                                          archive_message(reader.get()) + ")");
  return listed;
}

std::string hash_range(const fs::path& file, std::uint64_t offset, std::uint64_t size) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw PackageError(Kind::Io, file.string() + ": cannot open");
  in.seekg(static_cast<std::streamoff>(offset));
  integrity::Sha256Stream digest;
  std::array<char, 1 << 16> chunk{};
  while (size > 0) {
    const auto want = static_cast<std::streamsize>(std::min<std::uint64_t>(size, chunk.size()));
    if (!in.read(chunk.data(), want)) throw PackageError(Kind::Damaged, file.string() + ": cut off");
    digest.update(chunk.data(), static_cast<std::size_t>(want));
    size -= static_cast<std::uint64_t>(want);
  }
  return digest.finish();
}

}  // namespace

bool is_package_path(const fs::path& path) { return path.extension() == ".cuepoint"; }

std::optional<EntryPath> split_entry_path(const fs::path& path) {
  fs::path prefix;
  for (auto part = path.begin(); part != path.end(); ++part) {
    prefix /= *part;
    if (!is_package_path(prefix)) continue;
    std::error_code error;
    if (!fs::is_regular_file(prefix, error)) continue;
    fs::path rest;
    for (auto inner = std::next(part); inner != path.end(); ++inner) rest /= *inner;
    if (rest.empty()) return std::nullopt;
    return EntryPath{prefix, rest.generic_string()};
  }
  return std::nullopt;
}

const PackageEntry* Package::find(const std::string& name) const {
  for (const auto& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

std::string Package::where(const std::string& name) const { return (file_ / name).string(); }

Package Package::open(const fs::path& file, const PackageLimits& limits) {
  Package package;
  package.file_ = file;
  package.limits_ = limits;
  std::error_code error;
  if (!fs::is_regular_file(file, error))
    throw PackageError(Kind::Io, file.string() + ": no such package file (or not a regular file)");
  package.file_size_ = fs::file_size(file, error);
  if (error) throw PackageError(Kind::Io, file.string() + ": cannot read: " + error.message());

  EntryStream stream(file, limits, package.file_size_);
  std::set<std::string> folded;
  std::vector<Listed> in_order;
  std::optional<std::string> manifest_text;
  while (archive_entry* entry = stream.next()) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    if (in_order.size() + 1 > limits.max_entries)
      stream.fail(Kind::Refused, "refused: more than " + std::to_string(limits.max_entries) + " entries");
    if (const std::string why = bad_entry_name(name); !why.empty())
      stream.fail(Kind::Refused, "refused: entry '" + name + "' " + why);
    if (archive_entry_filetype(entry) == AE_IFLNK || archive_entry_hardlink(entry) != nullptr)
      stream.fail(Kind::Refused, "refused: entry '" + name + "' is a link");
    if (archive_entry_filetype(entry) != AE_IFREG)
      stream.fail(Kind::Refused, "refused: entry '" + name + "' is not a regular file");
    if (!folded.insert(folded_name(name)).second) {
      bool exact = false;
      for (const auto& seen : in_order) exact = exact || seen.name == name;
      stream.fail(Kind::Refused, exact ? "refused: entry '" + name + "' appears twice"
                                       : "refused: entry '" + name +
                                             "' differs only in case from another entry (one file on FAT)");
    }
    if (archive_entry_size_is_set(entry) == 0)
      stream.fail(Kind::Refused, "refused: entry '" + name + "' has no size in its zip header");
    const auto size = static_cast<std::uint64_t>(std::max<la_int64_t>(0, archive_entry_size(entry)));
    stream.count(name, size);  // what the header declares, before anything is inflated
    in_order.push_back({name, size});

    const LocalHeader header = read_local_header(file, stream.header_position(), name, package.where(name));
    if (name == kManifestName) {
      manifest_text.emplace();
      stream.read_data(name, [&](const char* data, std::size_t n) {
        if (manifest_text->size() + n > limits.max_text_bytes)
          stream.fail(Kind::Refused, "refused: manifest.json is larger than " +
                                         std::to_string(limits.max_text_bytes) + " bytes");
        manifest_text->append(data, n);
      });
      continue;
    }
    PackageEntry item{name, size, header.method == 0, header.data_offset, {}};
    if (item.stored &&
        (item.data_offset > package.file_size_ || size > package.file_size_ - item.data_offset))
      stream.fail(Kind::Damaged, "damaged package: entry '" + name + "' is cut off (a truncated file?)");
    package.entries_.push_back(std::move(item));
    stream.skip(name);
  }
  if (central_directory(file) != in_order)
    throw PackageError(Kind::Damaged,
                       file.string() +
                           ": damaged package: its zip directory does not list the entries it holds "
                           "(a truncated or altered file?)");
  if (!manifest_text)
    throw PackageError(Kind::NotAPackage,
                       file.string() +
                           ": not a Cuepoint package: it has no manifest.json (cuepoint-author pack "
                           "makes one)");

  const Manifest manifest = parse_manifest(*manifest_text, package.where(kManifestName));
  for (auto& entry : package.entries_) {
    const ManifestFile* listed = manifest.find(entry.name);
    if (listed == nullptr)
      throw PackageError(Kind::Damaged, package.where(entry.name) + ": not listed in the manifest");
    if (listed->size != entry.size)
      throw PackageError(Kind::Damaged, package.where(entry.name) + ": is " + std::to_string(entry.size) +
                                            " bytes, the manifest says " + std::to_string(listed->size));
    entry.sha256 = listed->sha256;
  }
  for (const auto& listed : manifest.files) {
    if (package.find(listed.name) == nullptr)
      throw PackageError(
          Kind::Damaged,
          package.where(listed.name) + ": missing (the manifest lists it, the package does not hold it)");
  }
  if (package.find(kLessonName) == nullptr)
    throw PackageError(Kind::NotAPackage, file.string() + ": not a Cuepoint package: it has no lesson.xml");
  return package;
}

std::string Package::read_text(const std::string& name) const {
  const PackageEntry* wanted = find(name);
  if (wanted == nullptr) throw PackageError(Kind::Damaged, where(name) + ": not in the package");
  EntryStream stream(file_, limits_, file_size_);
  while (archive_entry* entry = stream.next()) {
    const char* raw_name = archive_entry_pathname(entry);
    if (raw_name == nullptr || name != raw_name) {
      stream.skip(raw_name != nullptr ? raw_name : "");
      continue;
    }
    std::string text;
    integrity::Sha256Stream digest;
    stream.read_data(name, [&](const char* data, std::size_t n) {
      if (text.size() + n > limits_.max_text_bytes)
        stream.fail(Kind::Refused, "refused: entry '" + name + "' is larger than " +
                                       std::to_string(limits_.max_text_bytes) + " bytes");
      text.append(data, n);
      digest.update(data, n);
    });
    if (digest.finish() != wanted->sha256)
      throw PackageError(Kind::Damaged, where(name) + ": damaged (its SHA-256 does not match the manifest)");
    return text;
  }
  throw PackageError(Kind::Damaged, where(name) + ": not in the package");
}

void Package::check_hashes() const {
  std::set<std::string> compressed;
  for (const auto& entry : entries_) {
    if (!entry.stored) {
      compressed.insert(entry.name);
      continue;
    }
    const std::string actual = hash_range(file_, entry.data_offset, entry.size);
    if (actual != entry.sha256)
      throw PackageError(Kind::Damaged, where(entry.name) + ": damaged: its SHA-256 is " + actual +
                                            ", the manifest says " + entry.sha256);
  }
  if (compressed.empty()) return;
  EntryStream stream(file_, limits_, file_size_);
  while (archive_entry* entry = stream.next()) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    if (compressed.count(name) == 0) {
      stream.skip(name);
      continue;
    }
    integrity::Sha256Stream digest;
    stream.read_data(name, [&](const char* data, std::size_t n) { digest.update(data, n); });
    const std::string actual = digest.finish();
    if (actual != find(name)->sha256)
      throw PackageError(Kind::Damaged, where(name) + ": damaged: its SHA-256 is " + actual +
                                            ", the manifest says " + find(name)->sha256);
  }
}

}  // namespace cuepoint::package
