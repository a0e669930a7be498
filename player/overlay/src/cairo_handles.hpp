// RAII owners for the Cairo handles the overlay holds, and the one status check.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>

#include "cuepoint/overlay/overlay_error.hpp"

namespace cuepoint::overlay {

struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct CairoSurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoPatternDestroy {
  void operator()(cairo_pattern_t* pattern) const { cairo_pattern_destroy(pattern); }
};
using CairoPtr = std::unique_ptr<cairo_t, CairoDestroy>;
using CairoSurfacePtr = std::unique_ptr<cairo_surface_t, CairoSurfaceDestroy>;
using CairoPatternPtr = std::unique_ptr<cairo_pattern_t, CairoPatternDestroy>;

// Throws OverlayError "<what>: <Cairo's reason>" unless the status is success.
inline void check_cairo(cairo_status_t status, const std::string& what) {
  if (status != CAIRO_STATUS_SUCCESS) throw OverlayError(what + ": " + cairo_status_to_string(status));
}

}  // namespace cuepoint::overlay
