// The one error kind of the overlay renderer: a bad canvas size or scale, or a Cairo failure.
#pragma once

#include <stdexcept>

namespace cuepoint::overlay {

class OverlayError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::overlay
