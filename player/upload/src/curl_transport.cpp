#include "cuepoint/upload/curl_transport.hpp"

#include <curl/curl.h>

#include <array>
#include <cctype>
#include <stdexcept>
#include <string_view>

#include "cuepoint/upload/upload_error.hpp"

namespace cuepoint::upload {
namespace {

struct EasyCleanup {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistCleanup {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using EasyPtr = std::unique_ptr<CURL, EasyCleanup>;
using SlistPtr = std::unique_ptr<curl_slist, SlistCleanup>;

// curl_global_init is not thread-safe on old libcurl; do it once, before any handle.
void init_curl_once() {
  static const bool initialised = [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw UploadError("cannot initialise libcurl");
    return true;
  }();
  (void)initialised;
}

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

std::size_t collect_retry_after(char* data, std::size_t size, std::size_t count, void* target) {
  const std::string_view line(data, size * count);
  constexpr std::string_view kName = "retry-after:";
  if (line.size() > kName.size()) {
    bool matches = true;
    for (std::size_t i = 0; i < kName.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(line[i])) != kName[i]) matches = false;
    }
    if (matches) *static_cast<std::optional<std::string>*>(target) = std::string(line.substr(kName.size()));
  }
  return size * count;
}

SlistPtr append(SlistPtr list, const char* header) {
  curl_slist* grown = curl_slist_append(list.get(), header);
  if (grown == nullptr) throw UploadError("out of memory building HTTP headers");
  (void)list.release();  // now owned through `grown`
  return SlistPtr(grown);
}

}  // namespace

struct CurlTransport::Handle {
  EasyPtr easy;
};

CurlTransport::CurlTransport(CurlOptions options)
    : options_(std::move(options)), handle_(std::make_unique<Handle>()) {
  init_curl_once();
  handle_->easy.reset(curl_easy_init());
  if (!handle_->easy) throw UploadError("cannot create a libcurl handle");
}

CurlTransport::~CurlTransport() = default;

HttpResult CurlTransport::post_json(const std::string& url, const std::string& json) {
  CURL* curl = handle_->easy.get();
  curl_easy_reset(curl);  // keeps the connection cache, forgets the previous request
  SlistPtr headers;
  headers = append(std::move(headers), "X-Experience-API-Version: 1.0.3");
  headers = append(std::move(headers), "Content-Type: application/json");
  headers = append(std::move(headers), "Expect:");  // no 100-continue round trip

  HttpResponse response;
  std::array<char, CURL_ERROR_SIZE> error_text{};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json.size()));
  if (!options_.user.empty() || !options_.password.empty()) {
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(curl, CURLOPT_USERNAME, options_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.password.c_str());
  }
  // Never disabled: answers and credentials only go to the LRS the certificate proves.
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_bytes);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect_retry_after);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.retry_after);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text.data());

  const CURLcode code = curl_easy_perform(curl);
  if (code != CURLE_OK) {
    std::string reason = error_text[0] != '\0' ? error_text.data() : curl_easy_strerror(code);
    return HttpResult{std::nullopt, reason};
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  return HttpResult{std::move(response), {}};
}

}  // namespace cuepoint::upload
