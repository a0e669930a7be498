// The one error kind of the text layer: bad text (invalid UTF-8, malformed markup),
// a bad style or index, or a Cairo/Pango failure. The message says what and where.
#pragma once

#include <stdexcept>

namespace cuepoint::text {

class TextError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::text
