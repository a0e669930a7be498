#include "cuepoint/store/store_error.hpp"

#include <sqlite3.h>

#include <cerrno>

namespace cuepoint::store {

bool is_out_of_space(int system_errno) {
#ifdef EDQUOT
  if (system_errno == EDQUOT) return true;
#endif
  return system_errno == ENOSPC;
}

StoreError no_space_error(const std::filesystem::path& file, const std::string& doing) {
  return StoreError(StoreError::Kind::DiskFull, "no space left on the device holding '" + file.string() +
                                                    "' (disk full while " + doing +
                                                    "); free some space and try again — data saved "
                                                    "before is kept");
}

StoreError sqlite_error(sqlite3* db, int result_code, const std::filesystem::path& file,
                        const std::string& doing) {
  using Kind = StoreError::Kind;
  // A full disk reaches SQLite as an I/O error (the -shm or -wal file could not
  // grow) as often as SQLITE_FULL; the errno of the failed system call tells.
  const int primary = result_code & 0xff;
  if ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && db != nullptr &&
      is_out_of_space(sqlite3_system_errno(db))) {
    return no_space_error(file, doing);
  }
  const std::string where = "database '" + file.string() + "'";
  const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(result_code);
  const std::string tail = " (" + detail + ")";
  switch (result_code & 0xff) {
    case SQLITE_FULL:
      return StoreError(Kind::DiskFull, where + ": disk full while " + doing +
                                            "; free some space and try again — data saved before is kept" +
                                            tail);
    case SQLITE_CORRUPT:
      return StoreError(Kind::Corrupt, where + " is corrupt (found while " + doing + ")" + tail);
    case SQLITE_NOTADB:
      return StoreError(Kind::NotOurs,
                        where + " is not an SQLite database (found while " + doing + ")" + tail);
    case SQLITE_READONLY:
      return StoreError(Kind::ReadOnly,
                        where + " is read-only, or its folder is: cannot write while " + doing + tail);
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return StoreError(Kind::ReadOnly, where + ": permission denied while " + doing + tail);
    case SQLITE_CANTOPEN:
      return StoreError(Kind::CannotOpen,
                        where + " cannot be opened while " + doing +
                            " (missing folder, or no permission to the file or its folder)" + tail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError(Kind::Locked, where + " is locked by another program while " + doing + tail);
    case SQLITE_IOERR:
      return StoreError(Kind::Other, where + ": input/output error while " + doing + tail);
    default:
      return StoreError(Kind::Other, where + ": error while " + doing + tail);
  }
}

}  // namespace cuepoint::store
