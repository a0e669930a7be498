// The --config FILE of `cuepoint upload`: the LRS endpoint and credentials,
// so that passwords stay out of shell history. Either JSON
//   {"endpoint": "https://lrs.example/xapi/", "user": "key", "password": "secret"}
// or INI-style lines (an optional [lrs] section, `#`/`;` comments)
//   endpoint = https://lrs.example/xapi/
//   user = key
//   password = secret
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cuepoint::upload {

struct LrsSettings {
  std::optional<std::string> endpoint;
  std::optional<std::string> user;
  std::optional<std::string> password;
};

// Throws UploadError naming the file (and line for INI) for unreadable files,
// malformed content and unknown keys.
LrsSettings read_lrs_settings(const std::filesystem::path& file);
LrsSettings parse_lrs_settings(std::string_view text, const std::string& file_name);

// `endpoint` + "/statements", whether or not the endpoint ends with a slash.
// Throws UploadError unless it is an http:// or https:// URL.
std::string statements_url(const std::string& endpoint);

// True for http:// to a host other than this machine: the password and the
// answers would cross the network unencrypted.
bool is_cleartext_remote(const std::string& endpoint);

// True when users other than the owner may read `file` (a config file with a password).
bool readable_by_others(const std::filesystem::path& file);

}  // namespace cuepoint::upload
