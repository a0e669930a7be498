// Is the statement an LRS holds the one we sent? xAPI 1.0.3 (Data 2.3.1,
// "Statement Comparison Requirements"): differences the LRS may cause are
// ignored, every other difference counts.
//
// Ignored: the properties the LRS assigns (authority, stored, version),
// attachments, a verb's display and an activity's definition (not part of the
// statement), how a timestamp is written (the instant counts), the order of a
// Group's members, the case of UUIDs and of an mbox's domain, a defaulted
// objectType written out, and how a number is written (1 and 1.0).
// Compared as sent: everything else, including result.duration as a string.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace cuepoint::upload {

// nullopt when `stored` matches `sent`, else the path of the first difference
// ("verb.id", "result.score.raw", "context.contextActivities.parent[0].id").
std::optional<std::string> statement_difference(const nlohmann::json& sent, const nlohmann::json& stored);

}  // namespace cuepoint::upload
