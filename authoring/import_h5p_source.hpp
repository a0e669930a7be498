// Where import-h5p reads an Interactive Video from: a .h5p package (zip) or an
// unpacked content.json with its files next to it. Both give the parsed content,
// the package's h5p.json when there is one, and a way to copy a file named by the
// content (a path relative to the content folder) into the lesson being built.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace cuepoint::authoring {

class H5pSource {
 public:
  virtual ~H5pSource() = default;
  const nlohmann::json& content() const { return content_; }
  const std::optional<nlohmann::json>& package_info() const { return package_info_; }  // h5p.json
  // Copies `relative` (as the content names it) to `destination`; throws h5p::H5pError
  // when it is missing, not a regular file, or lies outside the content folder.
  virtual void copy(const std::string& relative, const std::filesystem::path& destination) const = 0;

 protected:
  nlohmann::json content_;
  std::optional<nlohmann::json> package_info_;
};

// Opens `input`: a zip file (by its first bytes, whatever its name) is read as a
// package; a non-zip named *.h5p is refused; anything else is read as a content.json. Throws h5p::H5pError or
// json_input::JsonInputError.
std::unique_ptr<H5pSource> open_h5p_source(const std::filesystem::path& input);

}  // namespace cuepoint::authoring
