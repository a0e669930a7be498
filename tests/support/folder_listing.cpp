#include "folder_listing.hpp"

#include <algorithm>

namespace cuepoint::testing {

std::vector<std::string> file_names_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace cuepoint::testing
