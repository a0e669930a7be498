#include "cuepoint/upload/curl_transport.hpp"

#include <curl/curl.h>

#include <array>
#include <cctype>
#include <stdexcept>
#include <string>
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

// An LRS answers a batch with its ids and a statement GET with one statement;
// anything far larger is not an LRS talking (an endless portal page, say) and
// must not fill the memory of a cheap device.
constexpr std::size_t kMaxBody = std::size_t{8} << 20;

struct BodySink {
  std::string text;
  bool too_large = false;
};

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* target) {
  auto& sink = *static_cast<BodySink*>(target);
  if (sink.text.size() + size * count > kMaxBody) {
    sink.too_large = true;
    return 0;  // libcurl aborts the transfer with CURLE_WRITE_ERROR
  }
  sink.text.append(data, size * count);
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

// Every curl_easy_setopt / curl_easy_getinfo result goes through here: a
// refused option (an old libcurl, no memory) must not silently send a request
// without, say, certificate checks or the version header.
void check(CURLcode code, const char* option) {
  if (code != CURLE_OK)
    throw UploadError(std::string("libcurl refused ") + option + ": " + curl_easy_strerror(code));
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
  return perform(url, &json);
}

HttpResult CurlTransport::get(const std::string& url) { return perform(url, nullptr); }

HttpResult CurlTransport::perform(const std::string& url, const std::string* json) {
  CURL* curl = handle_->easy.get();
  curl_easy_reset(curl);  // keeps the connection cache, forgets the previous request
  SlistPtr headers;
  headers = append(std::move(headers), "X-Experience-API-Version: 1.0.3");
  if (json != nullptr) {
    headers = append(std::move(headers), "Content-Type: application/json");
    headers = append(std::move(headers), "Expect:");  // no 100-continue round trip
  }

  HttpResponse response;
  BodySink body;
  std::array<char, CURL_ERROR_SIZE> error_text{};
  check(curl_easy_setopt(curl, CURLOPT_URL, url.c_str()), "CURLOPT_URL");
  check(curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https"), "CURLOPT_PROTOCOLS_STR");
  check(curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L), "CURLOPT_NOSIGNAL");
  check(curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get()), "CURLOPT_HTTPHEADER");
  if (json != nullptr) {
    check(curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json->data()), "CURLOPT_POSTFIELDS");
    check(curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json->size())),
          "CURLOPT_POSTFIELDSIZE_LARGE");
  } else {
    check(curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L), "CURLOPT_HTTPGET");
  }
  if (!options_.user.empty() || !options_.password.empty()) {
    check(curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC), "CURLOPT_HTTPAUTH");
    check(curl_easy_setopt(curl, CURLOPT_USERNAME, options_.user.c_str()), "CURLOPT_USERNAME");
    check(curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.password.c_str()), "CURLOPT_PASSWORD");
  }
  // Never disabled: answers and credentials only go to the LRS the certificate proves.
  check(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L), "CURLOPT_SSL_VERIFYPEER");
  check(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L), "CURLOPT_SSL_VERIFYHOST");
  check(curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options_.connect_timeout.count())),
        "CURLOPT_CONNECTTIMEOUT");
  check(curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_bytes), "CURLOPT_LOW_SPEED_LIMIT");
  check(curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count())),
        "CURLOPT_LOW_SPEED_TIME");
  check(curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body), "CURLOPT_WRITEFUNCTION");
  check(curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body), "CURLOPT_WRITEDATA");
  check(curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect_retry_after), "CURLOPT_HEADERFUNCTION");
  check(curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.retry_after), "CURLOPT_HEADERDATA");
  check(curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text.data()), "CURLOPT_ERRORBUFFER");

  const CURLcode code = curl_easy_perform(curl);
  if (body.too_large) {
    return HttpResult{std::nullopt, "the answer was larger than " + std::to_string(kMaxBody >> 20) +
                                        " MiB (not an LRS answering?)"};
  }
  if (code != CURLE_OK) {
    std::string reason = error_text[0] != '\0' ? error_text.data() : curl_easy_strerror(code);
    return HttpResult{std::nullopt, reason};
  }
  check(curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status), "CURLINFO_RESPONSE_CODE");
  response.body = std::move(body.text);
  return HttpResult{std::move(response), {}};
}

}  // namespace cuepoint::upload
