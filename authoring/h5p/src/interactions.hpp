// One H5P interaction (an entry of interactiveVideo.assets.interactions) as lesson
// cues: the question content only. Time, pause, adaptivity and ordering are the
// converter's (converter.cpp), which is the same for every library.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::h5p {

struct InteractionContext {
  std::string item;   // how notes name the interaction
  std::string label;  // the interaction's label as plain text
  lesson::Micros at = 0;
  std::optional<bool> retry_override;  // override.retryButton: "on" / "off" for every question
};

struct ConvertedInteraction {
  std::vector<lesson::Question> questions;  // one cue each, in order; empty when not converted
  std::vector<bool> required;               // per question: H5P requires an answer to it
  std::vector<ImportNote> notes;
  std::vector<double> pass_percentages;  // behaviour.passPercentage of the converted questions
};

// `library` is the machine name ("H5P.MultiChoice"), `params` the action's params.
ConvertedInteraction convert_action(const std::string& library, const nlohmann::json& params,
                                    const InteractionContext& context);

// "H5P.MultiChoice 1.16" -> "H5P.MultiChoice".
std::string machine_name(const std::string& library);

}  // namespace cuepoint::h5p
