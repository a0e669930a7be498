#include "cuepoint/record/export_output.hpp"

#include "cuepoint/store/database_path.hpp"
#include "output_descriptor.hpp"

namespace cuepoint::record {
namespace fs = std::filesystem;

namespace {

constexpr int kMaxLinkHops = 40;  // as the kernel's ELOOP limit

// The file a chain of symbolic links ends at (it may not exist yet). Followed
// by hand because the temporary file must be created beside the target, not
// beside the link.
fs::path final_target(const fs::path& given) {
  fs::path path = given;
  for (int hop = 0; hop < kMaxLinkHops; ++hop) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(path, error))) return path;
    const auto link = fs::read_symlink(path, error);
    if (error) throw ExportError("cannot read the link '" + path.string() + "': " + error.message());
    path = link.is_absolute() ? link : path.parent_path() / link;
  }
  throw ExportError("'" + given.string() + "': too many levels of symbolic links");
}

fs::path folder_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

}  // namespace

ExportOutput::Buffer::Buffer(os::OutputDescriptor& descriptor) : descriptor_(descriptor) {
  setp(bytes_.data(), bytes_.data() + bytes_.size());
}

bool ExportOutput::Buffer::drain() {
  if (error_) return false;
  try {
    descriptor_.write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  } catch (const std::system_error& error) {
    error_ = error.code();
    return false;
  }
  setp(bytes_.data(), bytes_.data() + bytes_.size());
  return true;
}

ExportOutput::Buffer::int_type ExportOutput::Buffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int ExportOutput::Buffer::sync() { return drain() ? 0 : -1; }

ExportOutput::ExportOutput(const std::string& path) : description_("'" + path + "'") {
  if (path.empty()) throw ExportError("the output path is empty: give a file name, or - for standard output");
  if (path == "-" || os::is_standard_output(path)) {
    standard_output_ = true;
    if (path == "-") description_ = "standard output";
    descriptor_ = std::make_unique<os::OutputDescriptor>(os::OutputDescriptor::standard_output());
  } else {
    std::error_code error;
    const auto type = fs::status(path, error).type();  // follows links
    if (type == fs::file_type::directory) {
      throw ExportError(description_ + " is a folder: give the name of a file to write");
    }
    if (type == fs::file_type::regular || type == fs::file_type::not_found || type == fs::file_type::none) {
      target_ = final_target(path);
      if (target_ != fs::path(path)) description_ += " (a link to '" + target_.string() + "')";
      const auto folder = folder_of(target_);
      try {
        descriptor_ = std::make_unique<os::OutputDescriptor>(
            os::OutputDescriptor::create_unique(folder, "." + target_.filename().string() + ".", temporary_));
      } catch (const std::system_error& failure) {
        throw ExportError("cannot write " + description_ + ": cannot create a file in '" + folder.string() +
                          "': " + failure.code().message());
      }
      if (type == fs::file_type::regular) {
        // The replacement keeps the permissions the user gave the old file.
        fs::permissions(temporary_, fs::status(target_, error).permissions(), fs::perm_options::replace,
                        error);
        if (error) fail("cannot give the export the permissions of " + description_, error);
      }
    } else {
      try {
        descriptor_ = std::make_unique<os::OutputDescriptor>(os::OutputDescriptor::open_existing(path));
      } catch (const std::system_error& failure) {
        throw ExportError("cannot write " + description_ + " (" + store::describe(type) +
                          "): " + failure.code().message());
      }
    }
  }
  buffer_ = std::make_unique<Buffer>(*descriptor_);
  stream_.rdbuf(buffer_.get());
}

ExportOutput::~ExportOutput() {
  if (!committed_) discard_temporary();
}

void ExportOutput::discard_temporary() noexcept {
  if (temporary_.empty()) return;
  try {
    descriptor_->close();
  } catch (const std::system_error&) {
    // Being thrown away: a failed close changes nothing.
  }
  std::error_code ignored;
  fs::remove(temporary_, ignored);
  temporary_.clear();
}

void ExportOutput::fail(const std::string& what, const std::error_code& error) {
  const bool replacing = !temporary_.empty();
  discard_temporary();
  std::string message = what + ": " + error.message();
  if (replacing) {
    std::error_code ignored;
    message += fs::exists(target_, ignored) ? "; '" + target_.string() + "' was left as it was"
                                            : "; nothing was written";
  }
  throw ExportError(message);
}

void ExportOutput::commit() {
  stream_.flush();
  if (!buffer_->drain() || !stream_) {
    fail("writing " + description_ + " failed",
         buffer_->error() ? buffer_->error() : std::make_error_code(std::errc::io_error));
  }
  try {
    if (!temporary_.empty()) descriptor_->sync();
    descriptor_->close();
  } catch (const std::system_error& failure) {
    fail("writing " + description_ + " failed", failure.code());
  }
  if (!temporary_.empty()) {
    std::error_code error;
    fs::rename(temporary_, target_, error);
    if (error) fail("cannot put the export in place as '" + target_.string() + "'", error);
    temporary_.clear();
    os::sync_folder(folder_of(target_));
  }
  committed_ = true;
}

}  // namespace cuepoint::record
