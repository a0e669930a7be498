// The header and end lines of a bundle, shared by the writer and the reader.
#pragma once

namespace cuepoint::bundle::lines {

inline constexpr const char* kFormatKey = "format";  // header: the format's name
inline constexpr const char* kVersionKey = "version";
inline constexpr const char* kDeviceIdKey = "device_id";
inline constexpr const char* kDeviceNameKey = "device_name";
inline constexpr const char* kCreatedKey = "created_utc";
inline constexpr const char* kEndKey = "end";          // end line: the format's name again
inline constexpr const char* kRecordsKey = "records";  // how many record lines lie between
inline constexpr const char* kSha256Key = "sha256";    // of every byte before the end line

}  // namespace cuepoint::bundle::lines
