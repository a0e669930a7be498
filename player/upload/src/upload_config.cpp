#include "cuepoint/upload/upload_config.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/upload/upload_error.hpp"
#include "excerpt.hpp"

namespace cuepoint::upload {
namespace {

// A config file holds three short strings; anything much larger or deeper is
// not one (or is an attack on whatever reads it).
constexpr std::size_t kMaxConfigBytes = std::size_t{64} << 10;
constexpr int kMaxConfigDepth = 8;

std::string too_large(const std::string& file_name) {
  return file_name + ": larger than " + std::to_string(kMaxConfigBytes >> 10) +
         " KiB, not an LRS config file";
}

// The parts of an http(s) URL that say where it goes.
struct UrlParts {
  std::string_view scheme;
  std::string_view rest;       // after "scheme://"
  std::string_view authority;  // up to the first '/', '?' or '#'
  std::string_view host;       // without brackets for an IPv6 literal
  std::string_view port;       // empty when none given
  bool bracket_closed = true;
};

UrlParts url_parts(std::string_view url) {
  UrlParts parts;
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return parts;
  parts.scheme = url.substr(0, scheme_end);
  parts.rest = url.substr(scheme_end + 3);
  parts.authority = parts.rest.substr(0, parts.rest.find_first_of("/?#"));
  auto host_port = parts.authority;
  if (const auto at = host_port.rfind('@'); at != std::string_view::npos) host_port.remove_prefix(at + 1);
  if (!host_port.empty() && host_port.front() == '[') {
    const auto close = host_port.find(']');
    parts.bracket_closed = close != std::string_view::npos;
    parts.host = host_port.substr(1, parts.bracket_closed ? close - 1 : std::string_view::npos);
    host_port = parts.bracket_closed ? host_port.substr(close + 1) : std::string_view();
    if (!host_port.empty() && host_port.front() == ':') parts.port = host_port.substr(1);
  } else {
    const auto colon = host_port.find(':');
    parts.host = host_port.substr(0, colon);
    if (colon != std::string_view::npos) parts.port = host_port.substr(colon + 1);
  }
  return parts;
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

void assign(LrsSettings& settings, std::string_view key, std::string value, const std::string& where) {
  if (key == "endpoint") {
    settings.endpoint = std::move(value);
  } else if (key == "user" || key == "username") {
    settings.user = std::move(value);
  } else if (key == "password") {
    settings.password = std::move(value);
  } else {
    throw UploadError(where + ": unknown key '" + excerpt(key) + "' (expected endpoint, user, password)");
  }
}

LrsSettings parse_json(std::string_view text, const std::string& file_name) {
  nlohmann::json json;
  try {
    json = json_input::parse_bounded(
        text, file_name, json_input::JsonLimits{.max_bytes = kMaxConfigBytes, .max_depth = kMaxConfigDepth});
  } catch (const json_input::JsonInputError& error) {
    // Names the file with line and column; quoted values are already shortened.
    throw UploadError(error.what());
  }
  if (!json.is_object())
    throw UploadError(file_name + ": expected a JSON object with endpoint, user, password");
  LrsSettings settings;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string()) throw UploadError(file_name + ": '" + key + "' must be a string");
    assign(settings, key, value.get<std::string>(), file_name);
  }
  return settings;
}

LrsSettings parse_ini(std::string_view text, const std::string& file_name) {
  LrsSettings settings;
  std::istringstream lines{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    const auto where = file_name + ":" + std::to_string(number);
    const auto content = trim(line);
    if (content.empty() || content.front() == '#' || content.front() == ';') continue;
    if (content.front() == '[') {
      if (content != "[lrs]")
        throw UploadError(where + ": unknown section " + excerpt(content) + " (expected [lrs])");
      continue;
    }
    const auto equals = content.find('=');
    if (equals == std::string_view::npos) throw UploadError(where + ": expected 'key = value'");
    auto value = trim(content.substr(equals + 1));
    // Quotes are optional, for values with leading or trailing spaces.
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    assign(settings, trim(content.substr(0, equals)), std::string(value), where);
  }
  return settings;
}

}  // namespace

LrsSettings parse_lrs_settings(std::string_view text, const std::string& file_name) {
  if (text.size() > kMaxConfigBytes) throw UploadError(too_large(file_name));
  const auto content = trim(text);
  if (!content.empty() && content.front() == '{') return parse_json(content, file_name);
  return parse_ini(text, file_name);
}

LrsSettings read_lrs_settings(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UploadError("cannot read config file '" + file.string() + "'");
  // Read one byte past the limit, never more: --config /dev/zero must not fill the memory.
  std::string text(kMaxConfigBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw UploadError("cannot read config file '" + file.string() + "'");
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxConfigBytes) throw UploadError(too_large(file.string()));
  return parse_lrs_settings(text, file.string());
}

std::string statements_url(const std::string& endpoint) {
  const auto named = "endpoint '" + excerpt(endpoint) + "'";
  const auto parts = url_parts(endpoint);
  if ((parts.scheme != "http" && parts.scheme != "https") || parts.rest.empty()) {
    throw UploadError(named + " is not an http:// or https:// URL");
  }
  for (const char c : endpoint) {
    if (c == ' ') throw UploadError(named + " contains a space (percent-encode it as %20)");
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) throw UploadError(named + " contains a control character");
  }
  if (endpoint.find_first_of("?#") != std::string::npos) {
    throw UploadError(named + " has a query or fragment (?, #): give the LRS's xAPI base URL");
  }
  if (!parts.bracket_closed) throw UploadError(named + " has an IPv6 address without its closing ']'");
  if (parts.host.empty()) throw UploadError(named + " has no host");
  if (!parts.port.empty()) {
    int port = 0;
    const auto [end, error] = std::from_chars(parts.port.data(), parts.port.data() + parts.port.size(), port);
    if (error != std::errc() || end != parts.port.data() + parts.port.size() || port < 1 || port > 65535) {
      throw UploadError(named + " has port " + excerpt(parts.port) + ": a port is a number from 1 to 65535");
    }
  }
  std::string url = endpoint;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/statements";
}

bool is_cleartext_remote(const std::string& endpoint) {
  const auto parts = url_parts(endpoint);
  if (parts.scheme != "http") return false;
  const auto host = parts.host;
  const bool ipv4_literal = !host.empty() && host.find_first_not_of("0123456789.") == std::string_view::npos;
  const bool loopback = host == "localhost" || host == "::1" || (ipv4_literal && host.rfind("127.", 0) == 0);
  return !loopback;
}

bool readable_by_others(const std::filesystem::path& file) {
  std::error_code error;
  const auto permissions = std::filesystem::status(file, error).permissions();
  if (error) return false;
  using std::filesystem::perms;
  return (permissions & (perms::group_read | perms::others_read)) != perms::none;
}

}  // namespace cuepoint::upload
