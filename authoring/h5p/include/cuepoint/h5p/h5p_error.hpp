// The H5P importer's one exception type: content that cannot become a lesson at all
// (not an Interactive Video, no playable local video, a hostile package). What can
// be imported in part is not an error: it is listed as ImportNotes.
#pragma once

#include <stdexcept>

namespace cuepoint::h5p {

class H5pError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::h5p
