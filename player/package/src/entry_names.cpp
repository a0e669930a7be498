#include "entry_names.hpp"

#include <algorithm>

namespace cuepoint::package {

std::string bad_entry_name(const std::string& name) {
  if (name.empty()) return "has an empty name";
  if (name.size() > 1024) return "has a name longer than 1024 bytes";
  if (name.front() == '/') return "has an absolute name";
  if (name.find('\\') != std::string::npos) return "has a '\\' in its name";
  if (name.size() >= 2 && name[1] == ':') return "has a drive-letter name";
  if (std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
    return "has a control character in its name";
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t slash = std::min(name.find('/', start), name.size());
    const std::string part = name.substr(start, slash - start);
    if (part == "..") return "leaves the package folder ('..')";
    if (part.empty() || part == ".") return "has an empty or '.' part in its name";
    start = slash + 1;
  }
  return {};
}

std::string folded_name(const std::string& name) {
  std::string folded = name;
  std::transform(folded.begin(), folded.end(), folded.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return folded;
}

}  // namespace cuepoint::package
