#include "cuepoint/upload/upload_config.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cuepoint/upload/upload_error.hpp"

namespace cuepoint::upload {
namespace {

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
    throw UploadError(where + ": unknown key '" + std::string(key) + "' (expected endpoint, user, password)");
  }
}

LrsSettings parse_json(std::string_view text, const std::string& file_name) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    throw UploadError(file_name + ": not valid JSON: " + error.what());
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
        throw UploadError(where + ": unknown section " + std::string(content) + " (expected [lrs])");
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
  const auto content = trim(text);
  if (!content.empty() && content.front() == '{') return parse_json(content, file_name);
  return parse_ini(text, file_name);
}

LrsSettings read_lrs_settings(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UploadError("cannot read config file '" + file.string() + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_lrs_settings(text.str(), file.string());
}

std::string statements_url(const std::string& endpoint) {
  const auto scheme_end = endpoint.find("://");
  const auto scheme = scheme_end == std::string::npos ? std::string() : endpoint.substr(0, scheme_end);
  if ((scheme != "http" && scheme != "https") || endpoint.size() <= scheme_end + 3) {
    throw UploadError("endpoint '" + endpoint + "' is not an http:// or https:// URL");
  }
  std::string url = endpoint;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/statements";
}

bool is_cleartext_remote(const std::string& endpoint) {
  constexpr std::string_view kHttp = "http://";
  if (endpoint.rfind(kHttp, 0) != 0) return false;
  auto authority = std::string_view(endpoint).substr(kHttp.size());
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    host = host.substr(1, host.find(']') - 1);  // IPv6 literal
  } else {
    host = host.substr(0, host.find(':'));
  }
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
