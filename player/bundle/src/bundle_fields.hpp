// The one place that knows how each record is spelled in a bundle line: the
// writer's to_line and the reader's from_line use the same keys, so they cannot drift.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/bundle/bundle.hpp"

namespace cuepoint::bundle::fields {

// Record kinds (the "record" key of each line).
inline constexpr const char* kLearner = "learner";
inline constexpr const char* kSession = "session";
inline constexpr const char* kStatement = "statement";
inline constexpr const char* kAttempt = "attempt";
inline constexpr const char* kWatch = "watch";

nlohmann::json to_line(const store::LearnerRecord& learner);
nlohmann::json to_line(const store::SessionRecord& session);
nlohmann::json to_line(const BundleStatement& statement);
nlohmann::json to_line(const store::AttemptRecord& attempt);
nlohmann::json to_line(const store::WatchEventRecord& event);

// Each checks every key of `line` (no key missing, none unknown, each of its type)
// and throws BundleError "WHERE: ..." where WHERE is "file:line".
store::LearnerRecord learner_from(const nlohmann::json& line, const std::string& where);
store::SessionRecord session_from(const nlohmann::json& line, const std::string& where);
BundleStatement statement_from(const nlohmann::json& line, const std::string& where,
                               const BundleLimits& limits);
store::AttemptRecord attempt_from(const nlohmann::json& line, const std::string& where);
store::WatchEventRecord watch_event_from(const nlohmann::json& line, const std::string& where);

}  // namespace cuepoint::bundle::fields
