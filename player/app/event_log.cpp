#include "event_log.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace cuepoint::app {

void EventLog::FileCloser::operator()(std::FILE* file) const {
  if (file != nullptr) std::fclose(file);
}

EventLog::EventLog(const std::string& destination) {
  if (destination == "-") {
    out_ = stdout;
    return;
  }
  owned_.reset(std::fopen(destination.c_str(), "w"));
  if (!owned_) {
    throw std::runtime_error(destination + ": cannot write the events file: " + std::strerror(errno));
  }
  out_ = owned_.get();
}

void EventLog::write(const std::string& event, nlohmann::json fields) {
  if (out_ == nullptr) return;
  nlohmann::json line = {{"event", event}};
  line.update(fields);
  const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() || std::fflush(out_) != 0) {
    throw std::runtime_error(std::string("cannot write an event: ") + std::strerror(errno));
  }
}

double seconds(std::int64_t micros) { return static_cast<double>(micros) / 1e6; }

}  // namespace cuepoint::app
