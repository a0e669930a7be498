// How the uploader talks HTTP; an interface so tests can script the LRS's answers.
#pragma once

#include <optional>
#include <string>

namespace cuepoint::upload {

struct HttpResponse {
  long status = 0;
  std::string body;
  std::optional<std::string> retry_after;  // the Retry-After header, verbatim
};

struct HttpResult {
  std::optional<HttpResponse> response;  // empty when no answer came
  std::string error;                     // why no answer came (refused, timeout, TLS, ...)
};

class Transport {
 public:
  virtual ~Transport() = default;
  // POSTs `json` to `url` with the xAPI version header and the credentials.
  virtual HttpResult post_json(const std::string& url, const std::string& json) = 0;
  // GETs `url` with the same header and credentials (confirming one statement).
  virtual HttpResult get(const std::string& url) = 0;
};

}  // namespace cuepoint::upload
