#include "media_reference.hpp"

#include <algorithm>
#include <system_error>

namespace cuepoint::loader {
namespace {

namespace fs = std::filesystem;

// Component-wise, so that "/lesson-other" is not inside "/lesson".
bool is_within(const fs::path& inner, const fs::path& root) {
  const auto [in_root, in_inner] = std::mismatch(root.begin(), root.end(), inner.begin(), inner.end());
  (void)in_inner;
  return in_root == root.end();
}

// What a path that is not a regular file really is, for the message.
std::string what_it_is(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return "is a folder";
    case fs::file_type::fifo:
      return "is a named pipe";
    case fs::file_type::character:
    case fs::file_type::block:
      return "is a device";
    case fs::file_type::socket:
      return "is a socket";
    default:
      return "is not a regular file";
  }
}

}  // namespace

const char* to_string(MediaKind kind) { return kind == MediaKind::Video ? "video" : "captions"; }

std::optional<std::string> resolve_media(MediaReference& reference, const fs::path& folder_as_named,
                                         const fs::path& real_folder) {
  const std::string kind = to_string(reference.kind);
  const std::string quoted_src = "'" + reference.src + "'";
  reference.named = folder_as_named / reference.src;
  std::error_code error;
  // weakly_canonical follows every symlink along the existing part of the path,
  // so a symlinked file or folder is judged by where it really leads.
  const fs::path real = fs::weakly_canonical(real_folder / reference.src, error);
  if (error) {
    return kind + " file " + quoted_src + " cannot be resolved (" + reference.named.string() +
           "): " + error.message();
  }
  if (!is_within(real, real_folder)) {
    return kind + " " + quoted_src + " resolves to '" + real.string() + "', outside the lesson folder '" +
           real_folder.string() + "'";
  }
  const auto status = fs::status(real, error);
  if (status.type() == fs::file_type::not_found) {
    return kind + " file " + quoted_src + " not found (looked for " + reference.named.string() + ")";
  }
  if (error) {
    return kind + " file " + quoted_src + " cannot be read (" + reference.named.string() +
           "): " + error.message();
  }
  if (status.type() != fs::file_type::regular) {
    return kind + " file " + quoted_src + " " + what_it_is(status.type()) + ", not a file (" + real.string() +
           ")";
  }
  reference.path = real;
  return std::nullopt;
}

}  // namespace cuepoint::loader
