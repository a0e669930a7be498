// The one exception type of cuepoint_store. Every message names the database
// file and says what went wrong in words a teacher can act on.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

struct sqlite3;

namespace cuepoint::store {

class StoreError : public std::runtime_error {
 public:
  enum class Kind {
    Other,
    NotOurs,       // not an SQLite file, or an SQLite file of another program
    NewerVersion,  // written by a newer Cuepoint; left untouched
    Corrupt,
    ReadOnly,
    DiskFull,
    Locked,
    CannotOpen,
    NotAFile,  // a folder, named pipe, device or socket, or an empty path: never opened
  };
  StoreError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// Builds the StoreError for a failed SQLite call: `doing` says what we tried
// ("saving an answer"), the result code picks the kind and the explanation.
StoreError sqlite_error(sqlite3* db, int result_code, const std::filesystem::path& file,
                        const std::string& doing);

// The file system holding `file` is full (ENOSPC, or the user's quota): said as
// such, whatever SQLite call or file operation ran into it.
StoreError no_space_error(const std::filesystem::path& file, const std::string& doing);
// True for the errno values that mean "no space left" (full disk, exhausted quota).
bool is_out_of_space(int system_errno);

}  // namespace cuepoint::store
