#include "cuepoint/package/manifest.hpp"

#include <nlohmann/json.hpp>

#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/package/package_error.hpp"

namespace cuepoint::package {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& where, const std::string& why) {
  throw PackageError(PackageError::Kind::Damaged, where + ": " + why);
}

bool is_hex_digest(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

const ManifestFile* Manifest::find(const std::string& name) const {
  for (const auto& file : files) {
    if (file.name == name) return &file;
  }
  return nullptr;
}

std::string write_manifest(const Manifest& manifest) {
  json files = json::array();
  for (const auto& file : manifest.files) {
    files.push_back({{"name", file.name}, {"size", file.size}, {"sha256", file.sha256}});
  }
  const json document{{"format", "cuepoint-package"}, {"version", kFormatVersion}, {"files", files}};
  return document.dump(2) + "\n";
}

Manifest parse_manifest(const std::string& text, const std::string& where) {
  json document;
  try {
    document = json_input::parse_bounded(text, where);
  } catch (const json_input::JsonInputError& error) {
    fail(where, std::string("the manifest is not valid JSON: ") + error.what());
  }
  if (!document.is_object() || document.value("format", json()) != "cuepoint-package")
    fail(where, "not a Cuepoint package manifest (\"format\": \"cuepoint-package\" is missing)");
  const json version = document.value("version", json());
  if (!version.is_number_integer() || version.get<int>() != kFormatVersion)
    fail(where, "manifest version " + json_input::shorten(version) + " is not supported (this player reads " +
                    std::to_string(kFormatVersion) + ")");
  const json files = document.value("files", json());
  if (!files.is_array()) fail(where, "\"files\" must be an array");
  Manifest manifest;
  for (const json& item : files) {
    if (!item.is_object() || !item.value("name", json()).is_string() ||
        !item.value("size", json()).is_number_unsigned() || !item.value("sha256", json()).is_string()) {
      fail(where, "each file needs \"name\" (text), \"size\" (a whole number) and \"sha256\" (hex); found " +
                      json_input::shorten(item));
    }
    ManifestFile file{item["name"].get<std::string>(), item["size"].get<std::uint64_t>(),
                      item["sha256"].get<std::string>()};
    if (!is_hex_digest(file.sha256))
      fail(where, "file '" + file.name + "' has no valid sha256 (64 hex digits)");
    if (manifest.find(file.name) != nullptr) fail(where, "file '" + file.name + "' is listed twice");
    manifest.files.push_back(std::move(file));
  }
  return manifest;
}

}  // namespace cuepoint::package
