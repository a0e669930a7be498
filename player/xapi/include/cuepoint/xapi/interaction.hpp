// How a lesson question and a learner's response look as an xAPI
// cmi.interaction (xAPI 1.0.3, Data 2.4.4.1 "Interaction Activities").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::xapi {

// single/multiple-choice and poll -> "choice"; true-false -> "true-false"
// (when its choice ids are "true"/"false", else "choice"); numeric ->
// "numeric"; text -> "fill-in"; open -> "long-fill-in"; note -> "other".
std::string interaction_type(const lesson::Question& question);

// The patterns of a correct answer, or nullopt when the question has no right
// answer (open, poll, note: the property is then omitted, meaning "any"). `key`
// says which choices are correct; a sealed text cue has no pattern (only hashes).
std::optional<std::vector<std::string>> correct_responses_pattern(const lesson::Question& question,
                                                                  const lesson::AnswerKey& key = {});

// result.response in the format of the question's interaction type: choice ids
// joined by "[,]", "true"/"false", a number, or the text.
std::string response_text(const lesson::Question& question, const lesson::Response& response);

// The response as stored in the database: {"choices":[..]}, {"text":..}, {"number":..}.
nlohmann::json response_to_json(const lesson::Response& response);

}  // namespace cuepoint::xapi
