// Statement ids and the IRIs of our activities.
#pragma once

#include <string>
#include <string_view>

namespace cuepoint::xapi {

// A random (version 4) UUID in lowercase text form, from libuuid.
std::string random_uuid();

// Percent-encodes everything but RFC 3986 unreserved characters, so lesson
// and cue ids of any spelling make valid IRI path segments.
std::string encode_iri_segment(std::string_view text);

}  // namespace cuepoint::xapi
