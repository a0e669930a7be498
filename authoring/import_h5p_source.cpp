#include "import_h5p_source.hpp"

#include <array>
#include <fstream>
#include <system_error>

#include "cuepoint/h5p/h5p_error.hpp"
#include "cuepoint/h5p/package.hpp"
#include "cuepoint/json/bounded_json.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;
using h5p::H5pError;

// content.json files of real exports are tens of kilobytes (the fixtures: 2.5 to
// 28 KB, nested at most 14 deep); a video with hundreds of interactions stays in
// the low megabytes. 16 MiB and 64 levels leave room for that and no more.
json_input::JsonLimits content_limits() { return {std::size_t{16} << 20, 64}; }

bool is_zip(const fs::path& input) {
  std::ifstream in(input, std::ios::binary);
  std::array<char, 4> magic{};
  return in.read(magic.data(), magic.size()) && magic == std::array<char, 4>{'P', 'K', '\x03', '\x04'};
}

class PackageSource : public H5pSource {
 public:
  explicit PackageSource(const fs::path& file) : package_(h5p::H5pPackage::open(file)) {
    if (package_.content_json().empty())
      throw H5pError(file.string() + ": not an H5P package: it has no content/content.json");
    content_ = json_input::parse_bounded(package_.content_json(), file.string() + ":content/content.json",
                                         content_limits());
    if (!package_.h5p_json().empty())
      package_info_ = json_input::parse_bounded(package_.h5p_json(), file.string() + ":h5p.json");
  }

  void copy(const std::string& relative, const fs::path& destination) const override {
    const std::string entry = "content/" + relative;
    if (!package_.contains(entry))
      throw H5pError(package_.file().string() + ": the package has no file '" + entry + "'");
    package_.extract({{entry, destination}});
  }

 private:
  h5p::H5pPackage package_;
};

class FolderSource : public H5pSource {
 public:
  explicit FolderSource(const fs::path& content_json) : folder_(content_json.parent_path()) {
    content_ = json_input::read_bounded_json(content_json, content_limits());
    // An unpacked package: content/content.json, with h5p.json one folder up.
    const fs::path info = folder_.parent_path() / "h5p.json";
    if (folder_.filename() == "content" && fs::is_regular_file(info))
      package_info_ = json_input::read_bounded_json(info);
  }

  void copy(const std::string& relative, const fs::path& destination) const override {
    const fs::path named = folder_ / relative;
    std::error_code error;
    const fs::path real = fs::canonical(named, error);
    if (error) throw H5pError("the content names '" + relative + "', but there is no file " + named.string());
    const fs::path root = fs::canonical(folder_.empty() ? fs::path(".") : folder_);
    const auto [end, _] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
    if (end != root.end())
      throw H5pError("'" + relative + "' leads outside the content folder (to " + real.string() + ")");
    if (!fs::is_regular_file(real)) throw H5pError(named.string() + " is not a regular file");
    fs::create_directories(destination.parent_path());
    fs::copy_file(real, destination, fs::copy_options::overwrite_existing);
  }

 private:
  fs::path folder_;
};

}  // namespace

std::unique_ptr<H5pSource> open_h5p_source(const fs::path& input) {
  if (!fs::exists(input)) throw H5pError(input.string() + ": no such file");
  if (fs::is_directory(input))
    throw H5pError(input.string() + ": is a folder; name its content.json or the .h5p file");
  if (is_zip(input)) return std::make_unique<PackageSource>(input);
  if (input.extension() == ".h5p")
    throw H5pError(input.string() + ": not an H5P package: it is not a zip file");
  return std::make_unique<FolderSource>(input);
}

}  // namespace cuepoint::authoring
