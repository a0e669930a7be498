#include "cuepoint/store/database_path.hpp"

#include <system_error>

#include "cuepoint/store/store_error.hpp"

namespace cuepoint::store {
namespace fs = std::filesystem;

std::string describe(fs::file_type type) {
  switch (type) {
    case fs::file_type::regular:
      return "a regular file";
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::fifo:
      return "a named pipe";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::symlink:
      return "a symbolic link";
    case fs::file_type::not_found:
      return "missing";
    default:
      return "a special file";
  }
}

void check_database_path(const fs::path& path) {
  using Kind = StoreError::Kind;
  if (path.empty()) throw StoreError(Kind::NotAFile, "the database path is empty: give a database file");
  const std::string quoted = "'" + path.string() + "'";
  std::error_code error;
  const auto type = fs::status(path, error).type();  // follows symbolic links; stat(), never open()
  if (type == fs::file_type::not_found) {
    if (fs::is_symlink(fs::symlink_status(path, error))) {
      throw StoreError(Kind::NotAFile, quoted + " is a symbolic link to '" +
                                           fs::read_symlink(path, error).string() +
                                           "', which does not exist; not a database file");
    }
    return;  // a new database
  }
  // Permission problems and the like are reported by whoever opens the file.
  if (type == fs::file_type::regular || type == fs::file_type::none) return;
  throw StoreError(Kind::NotAFile, quoted + " is " + describe(type) + ", not a database file");
}

}  // namespace cuepoint::store
