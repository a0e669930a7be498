#include "test_lrs.hpp"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace cuepoint::testing {

int free_loopback_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    close(fd);
    throw std::runtime_error("cannot find a free port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

HttpAnswer http_get(const std::string& url) {
  struct EasyCleanup {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
  };
  struct SlistCleanup {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
  };
  std::unique_ptr<CURL, EasyCleanup> curl(curl_easy_init());
  std::unique_ptr<curl_slist, SlistCleanup> headers(
      curl_slist_append(nullptr, "X-Experience-API-Version: 1.0.3"));
  HttpAnswer answer;
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(curl.get(), CURLOPT_USERPWD, "test:test");
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(
      curl.get(), CURLOPT_WRITEFUNCTION, +[](char* data, std::size_t size, std::size_t n, void* out) {
        static_cast<std::string*>(out)->append(data, size * n);
        return size * n;
      });
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &answer.body);
  if (curl_easy_perform(curl.get()) == CURLE_OK)
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &answer.status);
  return answer;
}

bool wait_until_ready(const std::string& url, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (http_get(url).status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::filesystem::path lrs_scripts_dir() { return CUEPOINT_LRS_DIR; }

void bypass_proxies_for_loopback() {
  setenv("no_proxy", "127.0.0.1,localhost", 1);
  setenv("NO_PROXY", "127.0.0.1,localhost", 1);
}

TestLrs::TestLrs(const std::filesystem::path& log)
    : port_(free_loopback_port()),
      process_({"bash", (lrs_scripts_dir() / "start-lrs.sh").string(), std::to_string(port_), log.string()},
               {}) {
  if (!wait_until_ready("http://127.0.0.1:" + std::to_string(port_) + "/xAPI/about",
                        std::chrono::seconds(60))) {
    throw std::runtime_error("the test LRS did not start; see " + log.string());
  }
}

std::string TestLrs::endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI/"; }

std::vector<nlohmann::json> TestLrs::statements() {
  std::vector<nlohmann::json> all;
  std::string url = endpoint() + "statements?limit=100";
  for (int page = 0; page < 1000 && !url.empty(); ++page) {
    const auto answer = http_get(url);
    if (answer.status != 200)
      throw std::runtime_error("GET " + url + " answered " + std::to_string(answer.status));
    const auto json = nlohmann::json::parse(answer.body);
    for (const auto& statement : json["statements"]) all.push_back(statement);
    const std::string more = json.value("more", "");
    url = more.empty() ? "" : "http://127.0.0.1:" + std::to_string(port_) + more;
  }
  return all;
}

bool TestLrs::holds(const std::string& statement_id) {
  const auto url = endpoint() + "statements?statementId=" + statement_id;
  const auto answer = http_get(url);
  if (answer.status == 200) return true;
  if (answer.status == 404) return false;
  throw std::runtime_error("GET " + url + " answered " + std::to_string(answer.status));
}

FaultProxy::FaultProxy(int target_port, const std::string& mode, int seed, const std::filesystem::path& stats,
                       const std::filesystem::path& log, double fault_rate)
    : port_(free_loopback_port()),
      stats_(stats),
      process_(
          {"node", (lrs_scripts_dir() / "fault-proxy.js").string(), "--listen", std::to_string(port_),
           "--target", std::to_string(target_port), "--mode", mode, "--seed", std::to_string(seed),
           "--fault-rate", std::to_string(fault_rate), "--max-seconds", "300", "--stats", stats.string()},
          log) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!std::filesystem::exists(stats_) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!std::filesystem::exists(stats_))
    throw std::runtime_error("the fault proxy did not start; see " + log.string());
}

std::string FaultProxy::endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI/"; }

nlohmann::json FaultProxy::stats() const {
  std::ifstream in(stats_);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

}  // namespace cuepoint::testing
