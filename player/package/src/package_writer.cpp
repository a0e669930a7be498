#include "cuepoint/package/package_writer.hpp"

#include <array>
#include <fstream>
#include <functional>
#include <random>
#include <system_error>

#include "archive_handles.hpp"
#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/package/manifest.hpp"
#include "cuepoint/package/package_error.hpp"
#include "entry_names.hpp"

namespace cuepoint::package {
namespace {

namespace fs = std::filesystem;
using Kind = PackageError::Kind;

class Writer {
 public:
  explicit Writer(const fs::path& file) : file_(file), writer_(archive_write_new()) {
    if (!writer_) fail("cannot start writing (libarchive)");
    check(archive_write_set_format_zip(writer_.get()), "zip format");
    // Stored, not deflated: the player hands FFmpeg the video's bytes where they lie.
    check(archive_write_zip_set_compression_store(writer_.get()), "store method");
    check(archive_write_open_filename(writer_.get(), file.c_str()), "open");
  }

  void add(const std::string& name, std::uint64_t size, const std::function<void(Writer&)>& body) {
    ArchiveEntryPtr entry(archive_entry_new());
    if (!entry) fail("out of memory");
    archive_entry_set_pathname(entry.get(), name.c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(size));
    check(archive_write_header(writer_.get(), entry.get()), name.c_str());
    body(*this);
  }

  void data(const char* bytes, std::size_t size) {
    if (size > 0 && archive_write_data(writer_.get(), bytes, size) != static_cast<la_ssize_t>(size))
      fail("cannot write: " + archive_message(writer_.get()));
  }

  void close() { check(archive_write_close(writer_.get()), "close"); }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw PackageError(Kind::Io, file_.string() + ": " + why);
  }
  void check(int status, const char* what) const {
    if (status < ARCHIVE_WARN) fail(std::string(what) + ": " + archive_message(writer_.get()));
  }

  const fs::path& file_;
  ArchiveWriter writer_;
};

void copy_file_into(Writer& writer, const fs::path& source) {
  std::ifstream in(source, std::ios::binary);
  if (!in) throw PackageError(Kind::Io, source.string() + ": cannot open");
  std::array<char, 1 << 16> chunk{};
  while (in) {
    in.read(chunk.data(), chunk.size());
    writer.data(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw PackageError(Kind::Io, source.string() + ": read error");
}

}  // namespace

void write_package(const fs::path& target, const std::vector<PackFile>& files) {
  Manifest manifest;
  for (const auto& file : files) {
    if (const std::string why = bad_entry_name(file.name); !why.empty())
      throw PackageError(Kind::Refused, file.source.string() + ": cannot be packed: it " + why);
    if (file.name == kManifestName || manifest.find(file.name) != nullptr)
      throw PackageError(Kind::Refused,
                         file.source.string() + ": cannot be packed twice as '" + file.name + "'");
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file.source, error);
    if (error) throw PackageError(Kind::Io, file.source.string() + ": cannot read: " + error.message());
    try {
      manifest.files.push_back({file.name, size, integrity::sha256_of_file(file.source)});
    } catch (const integrity::DigestError& failure) {
      throw PackageError(Kind::Io, failure.what());
    }
  }

  std::random_device random;
  const fs::path partial =
      target.parent_path() / ("." + target.filename().string() + ".partial-" + std::to_string(random()));
  try {
    Writer writer(partial);
    const std::string manifest_text = write_manifest(manifest);
    writer.add(kManifestName, manifest_text.size(),
               [&](Writer& w) { w.data(manifest_text.data(), manifest_text.size()); });
    for (std::size_t i = 0; i < files.size(); ++i) {
      writer.add(files[i].name, manifest.files[i].size,
                 [&](Writer& w) { copy_file_into(w, files[i].source); });
    }
    writer.close();
    // The files may have changed while they were packed: the package is only kept
    // when what it holds is what the manifest says.
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (integrity::sha256_of_file(files[i].source) != manifest.files[i].sha256)
        throw PackageError(Kind::Io, files[i].source.string() + ": changed while it was packed; pack again");
    }
    std::error_code error;
    fs::rename(partial, target, error);
    if (error) throw PackageError(Kind::Io, target.string() + ": cannot write: " + error.message());
  } catch (...) {
    std::error_code ignored;
    fs::remove(partial, ignored);
    throw;
  }
}

}  // namespace cuepoint::package
