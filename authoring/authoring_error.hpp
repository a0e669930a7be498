// The authoring tools' one kind of failure: bad input (a missing file, an
// unknown id, a read-only lesson) or work that could not be done. The message
// names the file; commands print it after their name and exit with status 1.
// Usage errors are cli::UsageError (status 2).
#pragma once

#include <stdexcept>

namespace cuepoint::authoring {

class AuthoringError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::authoring
