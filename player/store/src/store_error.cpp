#include "cuepoint/store/store_error.hpp"

#include <sqlite3.h>

namespace cuepoint::store {

StoreError sqlite_error(sqlite3* db, int result_code, const std::filesystem::path& file,
                        const std::string& doing) {
  using Kind = StoreError::Kind;
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
