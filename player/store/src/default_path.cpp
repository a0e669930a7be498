#include "cuepoint/store/default_path.hpp"

#include <cstdlib>
#include <string>

#include "cuepoint/store/store_error.hpp"

namespace cuepoint::store {
namespace {

std::filesystem::path environment_path(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return {};
  return std::filesystem::path(value);
}

StoreError no_home(const std::string& variables) {
  return StoreError(StoreError::Kind::CannotOpen, "cannot find where to keep the response database: " +
                                                      variables + " not set; pass --db PATH");
}

}  // namespace

std::filesystem::path default_database_path() {
  constexpr const char* kFileName = "responses.sqlite";
#if defined(_WIN32)
  const auto app_data = environment_path("APPDATA");
  if (app_data.empty()) throw no_home("%APPDATA% is");
  return app_data / "Cuepoint" / kFileName;
#elif defined(__APPLE__)
  const auto home = environment_path("HOME");
  if (home.empty()) throw no_home("$HOME is");
  return home / "Library" / "Application Support" / "Cuepoint" / kFileName;
#else
  // XDG Base Directory spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
  auto data_home = environment_path("XDG_DATA_HOME");
  if (data_home.empty() || data_home.is_relative()) {
    const auto home = environment_path("HOME");
    if (home.empty()) throw no_home("neither $XDG_DATA_HOME nor $HOME is");
    data_home = home / ".local" / "share";
  }
  return data_home / "cuepoint" / kFileName;
#endif
}

}  // namespace cuepoint::store
