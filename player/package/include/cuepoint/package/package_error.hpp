// The one kind of failure of reading or writing a `.cuepoint` package. The message
// names the package (and the entry, when one is at fault); the kind says whether
// the file is not a package at all, breaks a safety rule (a hostile file), is
// damaged (a byte, a file or the manifest changed since it was packed), or could
// not be read or written.
#pragma once

#include <stdexcept>
#include <string>

namespace cuepoint::package {

class PackageError : public std::runtime_error {
 public:
  enum class Kind { NotAPackage, Refused, Damaged, Io };
  PackageError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace cuepoint::package
