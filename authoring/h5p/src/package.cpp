#include "cuepoint/h5p/package.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <array>
#include <fstream>
#include <functional>
#include <map>
#include <memory>

#include "cuepoint/h5p/h5p_error.hpp"

namespace cuepoint::h5p {
namespace {

namespace fs = std::filesystem;

struct ArchiveFree {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchiveReader = std::unique_ptr<archive, ArchiveFree>;

constexpr std::size_t kBlockBytes = std::size_t{64} << 10;

std::string archive_message(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown libarchive error";
}

// Why `name` may not be in a package, or empty when it may.
std::string bad_name(const std::string& name) {
  if (name.empty()) return "has an empty name";
  if (name.front() == '/') return "has an absolute name";
  if (name.find('\\') != std::string::npos) return "has a '\\' in its name";
  if (name.size() >= 2 && name[1] == ':') return "has a drive-letter name";
  std::size_t start = 0;
  while (start < name.size()) {
    const std::size_t slash = std::min(name.find('/', start), name.size());
    if (name.compare(start, slash - start, "..") == 0 && slash - start == 2)
      return "leaves the package folder ('..')";
    start = slash + 1;
  }
  return {};
}

class Reading {
 public:
  Reading(const fs::path& file, const PackageLimits& limits, std::uint64_t file_size)
      : file_(file), limits_(limits) {
    const std::uint64_t by_ratio = std::max(limits.expansion_floor, file_size * limits.max_expansion);
    out_limit_ = std::min(limits.max_bytes, by_ratio);
    reader_.reset(archive_read_new());
    if (!reader_) fail("cannot start reading (libarchive)");
    archive_read_support_format_zip(reader_.get());
    if (archive_read_open_filename(reader_.get(), file.c_str(), kBlockBytes) != ARCHIVE_OK)
      fail("not a readable .h5p (zip) package: " + archive_message(reader_.get()));
  }

  [[noreturn]] void fail(const std::string& why) const { throw H5pError(file_.string() + ": " + why); }

  // The next entry, or nullptr at the end.
  archive_entry* next() {
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(reader_.get(), &entry);
    if (status == ARCHIVE_EOF) return nullptr;
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
      fail("damaged package: " + archive_message(reader_.get()));
    return entry;
  }

  // Streams the current entry's data to `sink`, counting every byte against the limits.
  void read_data(const std::string& name, const std::function<void(const char*, std::size_t)>& sink) {
    std::array<char, kBlockBytes> buffer{};
    for (;;) {
      const la_ssize_t n = archive_read_data(reader_.get(), buffer.data(), buffer.size());
      if (n < 0) fail("cannot read entry '" + name + "': " + archive_message(reader_.get()));
      if (n == 0) return;
      count(name, static_cast<std::uint64_t>(n));
      sink(buffer.data(), static_cast<std::size_t>(n));
    }
  }

  // Counts bytes that come (or, by the headers, would come) out of the package.
  void count(const std::string& name, std::uint64_t bytes) {
    out_ += bytes;
    if (out_ <= out_limit_) return;
    fail(out_limit_ < limits_.max_bytes
             ? "refused: entry '" + name + "' expands the package more than " +
                   std::to_string(limits_.max_expansion) + " times its size (a zip bomb?)"
             : "refused: the package expands to more than " + std::to_string(limits_.max_bytes) + " bytes");
  }

  void skip() {
    if (archive_read_data_skip(reader_.get()) != ARCHIVE_OK)
      fail("damaged package: " + archive_message(reader_.get()));
  }

 private:
  const fs::path& file_;
  const PackageLimits& limits_;
  ArchiveReader reader_;
  std::uint64_t out_ = 0;
  std::uint64_t out_limit_ = 0;
};

}  // namespace

H5pPackage H5pPackage::open(const fs::path& file, const PackageLimits& limits) {
  H5pPackage package;
  package.file_ = file;
  package.limits_ = limits;
  std::error_code error;
  package.file_size_ = fs::file_size(file, error);
  if (error) throw H5pError(file.string() + ": cannot read: " + error.message());

  Reading reading(file, limits, package.file_size_);
  std::size_t entries = 0;
  while (archive_entry* entry = reading.next()) {
    if (++entries > limits.max_entries)
      reading.fail("refused: more than " + std::to_string(limits.max_entries) + " entries");
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    if (const std::string why = bad_name(name); !why.empty()) {
      std::string message = "refused: entry '" + name + "' ";
      message += why;
      reading.fail(message);
    }
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFDIR) continue;
    if (type != AE_IFREG || archive_entry_hardlink(entry) != nullptr)
      reading.fail("refused: entry '" + name + "' is not a regular file (a link?)");
    // What the headers declare is checked before anything is inflated; what really
    // comes out is counted again while reading, since headers can lie.
    if (archive_entry_size_is_set(entry) != 0)
      reading.count(name, static_cast<std::uint64_t>(std::max<la_int64_t>(0, archive_entry_size(entry))));
    if (!package.files_.insert(name).second) reading.fail("refused: entry '" + name + "' appears twice");
    std::string* json = name == "h5p.json"               ? &package.h5p_json_
                        : name == "content/content.json" ? &package.content_json_
                                                         : nullptr;
    if (json == nullptr) {
      reading.skip();
      continue;
    }
    reading.read_data(name, [&](const char* data, std::size_t size) {
      if (json->size() + size > limits.max_json_bytes) {
        reading.fail("refused: entry '" + name + "' is larger than " + std::to_string(limits.max_json_bytes) +
                     " bytes");
      }
      json->append(data, size);
    });
  }
  return package;
}

void H5pPackage::extract(const std::vector<std::pair<std::string, fs::path>>& wanted) const {
  std::map<std::string, fs::path> destinations(wanted.begin(), wanted.end());
  for (const auto& [entry, destination] : destinations) {
    if (!contains(entry)) throw H5pError(file_.string() + ": the package has no entry '" + entry + "'");
  }
  Reading reading(file_, limits_, file_size_);
  while (archive_entry* entry = reading.next()) {
    const char* raw_name = archive_entry_pathname(entry);
    const auto found = destinations.find(raw_name != nullptr ? raw_name : "");
    if (found == destinations.end() || archive_entry_filetype(entry) != AE_IFREG) {
      reading.skip();
      continue;
    }
    const fs::path& destination = found->second;
    fs::create_directories(destination.parent_path());
    std::ofstream out(destination, std::ios::binary | std::ios::trunc);
    if (!out) throw H5pError("cannot write " + destination.string());
    reading.read_data(found->first, [&](const char* data, std::size_t size) {
      if (!out.write(data, static_cast<std::streamsize>(size)))
        throw H5pError("cannot write " + destination.string() + " (disk full?)");
    });
    out.close();
    if (!out) throw H5pError("cannot write " + destination.string() + " (disk full?)");
    destinations.erase(found);
    if (destinations.empty()) return;
  }
}

}  // namespace cuepoint::h5p
