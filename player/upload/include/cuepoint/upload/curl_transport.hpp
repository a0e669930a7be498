// The real HTTP transport: libcurl, Basic auth, TLS always verified.
// Throws UploadError when libcurl refuses an option (naming it).
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "cuepoint/upload/transport.hpp"

namespace cuepoint::upload {

struct CurlOptions {
  std::string user;
  std::string password;
  std::chrono::seconds connect_timeout{10};
  // Abort when fewer than low_speed_bytes per second flow for low_speed_time.
  long low_speed_bytes = 1;
  std::chrono::seconds low_speed_time{30};
};

class CurlTransport : public Transport {
 public:
  explicit CurlTransport(CurlOptions options);
  ~CurlTransport() override;
  HttpResult post_json(const std::string& url, const std::string& json) override;
  HttpResult get(const std::string& url) override;

 private:
  struct Handle;
  // One request: a POST of `json` when given, else a GET.
  HttpResult perform(const std::string& url, const std::string* json);
  CurlOptions options_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace cuepoint::upload
