#include "bundle_text.hpp"

#include <sstream>

#include <nlohmann/json.hpp>

#include "cuepoint/bundle/bundle_writer.hpp"
#include "cuepoint/integrity/sha256_stream.hpp"

namespace cuepoint::testing {

std::string bundle_of(store::Store& store, const std::string& device_id) {
  std::ostringstream out;
  bundle::write_bundle(store, {device_id, "tablet", "2026-12-03T10:00:00.000Z"}, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& bundle) {
  std::vector<std::string> lines;
  std::istringstream in(bundle);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  lines.pop_back();
  return lines;
}

std::string sealed(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  integrity::Sha256Stream digest;
  digest.update(text.data(), text.size());
  const nlohmann::json end{
      {"end", "cuepoint-answers-bundle"}, {"records", lines.size() - 1}, {"sha256", digest.finish()}};
  return text + end.dump() + "\n";
}

}  // namespace cuepoint::testing
