#include "cuepoint/bundle/device_id.hpp"

#include <unistd.h>

#include <array>
#include <fstream>
#include <string>

#include "cuepoint/integrity/sha256_stream.hpp"

namespace cuepoint::bundle {
namespace {

std::string first_line_of(const char* file) {
  std::ifstream in(file);
  std::string line;
  if (in) std::getline(in, line);
  return line;
}

}  // namespace

std::string device_name() {
  std::array<char, 256> name{};
  if (gethostname(name.data(), name.size() - 1) != 0) return "";
  return name.data();
}

std::string device_id() {
  std::string source = first_line_of("/etc/machine-id");
  if (source.empty()) source = first_line_of("/var/lib/dbus/machine-id");
  if (source.empty()) source = "host:" + device_name();
  integrity::Sha256Stream digest;
  const std::string salted = "cuepoint-bundle:" + source;
  digest.update(salted.data(), salted.size());
  return digest.finish().substr(0, 32);
}

}  // namespace cuepoint::bundle
