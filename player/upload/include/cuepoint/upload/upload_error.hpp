#pragma once

#include <stdexcept>
#include <string>

namespace cuepoint::upload {

// Bad upload settings (config file, endpoint). Delivery problems are not
// exceptions: they end up in the UploadSummary.
class UploadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::upload
