// The test LRS and the fault-injecting proxy on loopback, and HTTP helpers for them.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace cuepoint::testing {

// A proxy configured on the machine must not carry loopback test traffic
// (libcurl, and so the uploader and `cuepoint upload`, honour *_proxy variables).
// Sets no_proxy for this process and its children.
void bypass_proxies_for_loopback();

// A TCP port on 127.0.0.1 that was free a moment ago.
int free_loopback_port();

struct HttpAnswer {
  long status = 0;  // 0 when no answer came
  std::string body;
};
// GET with the xAPI version header and Basic auth.
HttpAnswer http_get(const std::string& url);

// Polls `url` until it answers 200 or `timeout` passes.
bool wait_until_ready(const std::string& url, std::chrono::seconds timeout);

// Where the test LRS scripts live (tests/lrs), from the build's definition.
std::filesystem::path lrs_scripts_dir();

// The test LRS on a free port, started by tests/lrs/start-lrs.sh.
class TestLrs {
 public:
  explicit TestLrs(const std::filesystem::path& log);
  int port() const { return port_; }
  std::string endpoint() const;  // http://127.0.0.1:PORT/xAPI/
  // Every statement it holds (following `more` links).
  std::vector<nlohmann::json> statements();
  // Whether it holds the statement with this id (GET statements?statementId=):
  // exact where paging through `more` links may skip statements stored in the
  // same instant (seen on CI with 204 statements).
  bool holds(const std::string& statement_id);

 private:
  int port_;
  ChildProcess process_;
};

// tests/lrs/fault-proxy.js between a client and `target_port`.
class FaultProxy {
 public:
  FaultProxy(int target_port, const std::string& mode, int seed, const std::filesystem::path& stats,
             const std::filesystem::path& log, double fault_rate = 0.4);
  int port() const { return port_; }
  std::string endpoint() const;
  nlohmann::json stats() const;

 private:
  int port_;
  std::filesystem::path stats_;
  ChildProcess process_;
};

}  // namespace cuepoint::testing
