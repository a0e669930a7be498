#include "h5p_zip.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <stdexcept>

namespace cuepoint::testing {
namespace {

struct WriterFree {
  void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryFree {
  void operator()(archive_entry* e) const { archive_entry_free(e); }
};

void check(archive* a, int status, const char* what) {
  if (status < ARCHIVE_WARN) {
    const char* message = archive_error_string(a);
    throw std::runtime_error(std::string(what) + ": " + (message != nullptr ? message : "libarchive error"));
  }
}

}  // namespace

void write_zip(const std::filesystem::path& zip, const std::vector<ZipEntry>& entries) {
  std::unique_ptr<archive, WriterFree> writer(archive_write_new());
  if (!writer) throw std::runtime_error("archive_write_new failed");
  check(writer.get(), archive_write_set_format_zip(writer.get()), "zip format");
  check(writer.get(), archive_write_open_filename(writer.get(), zip.c_str()), "open");
  for (const ZipEntry& item : entries) {
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    archive_entry_set_pathname(entry.get(), item.name.c_str());
    if (item.link_target.empty()) {
      archive_entry_set_filetype(entry.get(), AE_IFREG);
      archive_entry_set_size(entry.get(), static_cast<la_int64_t>(item.data.size()));
    } else {
      archive_entry_set_filetype(entry.get(), AE_IFLNK);
      archive_entry_set_symlink(entry.get(), item.link_target.c_str());
    }
    archive_entry_set_perm(entry.get(), 0644);
    check(writer.get(), archive_write_header(writer.get(), entry.get()), "header");
    if (!item.data.empty() && archive_write_data(writer.get(), item.data.data(), item.data.size()) !=
                                  static_cast<la_ssize_t>(item.data.size())) {
      check(writer.get(), ARCHIVE_FATAL, "data");
    }
  }
  check(writer.get(), archive_write_close(writer.get()), "close");
}

}  // namespace cuepoint::testing
