// The real HTTP transport: libcurl, Basic auth, TLS always verified.
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

 private:
  struct Handle;
  CurlOptions options_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace cuepoint::upload
