#include "cuepoint/suggest/suggestions.hpp"

#include <algorithm>

namespace cuepoint::suggest {
namespace {

constexpr Micros kMillisecond = 1'000;
constexpr Micros kAfterLastWord = 400'000;

Micros ceil_to_millisecond(Micros t) { return (t + kMillisecond - 1) / kMillisecond * kMillisecond; }

bool coincide(const media::SceneChange& scene, const media::Silence& silence, Micros tolerance) {
  return scene.at >= silence.start - tolerance && scene.at <= silence.end + tolerance;
}

}  // namespace

std::string_view to_string(Reason reason) {
  switch (reason) {
    case Reason::Scene:
      return "scene";
    case Reason::Silence:
      return "silence";
    case Reason::SceneAndSilence:
      return "scene+silence";
  }
  return "scene";
}

std::vector<Suggestion> suggest_pauses(const std::vector<media::SceneChange>& scenes,
                                       const std::vector<media::Silence>& silences, Micros coincide_within) {
  std::vector<Suggestion> all;
  std::vector<bool> silence_used(silences.size(), false);
  for (const auto& scene : scenes) {
    Suggestion suggestion{ceil_to_millisecond(scene.previous), Reason::Scene, scene, std::nullopt};
    for (std::size_t i = 0; i < silences.size(); ++i) {
      if (!coincide(scene, silences[i], coincide_within)) continue;
      if (!suggestion.silence) {
        suggestion.reason = Reason::SceneAndSilence;
        suggestion.silence = silences[i];
      }
      silence_used[i] = true;
    }
    all.push_back(suggestion);
  }
  for (std::size_t i = 0; i < silences.size(); ++i) {
    const auto& silence = silences[i];
    if (silence_used[i] || silence.start <= 0 || silence.reaches_end) continue;
    const Micros into = std::min(kAfterLastWord, (silence.end - silence.start) / 2);
    all.push_back({ceil_to_millisecond(silence.start + into), Reason::Silence, std::nullopt, silence});
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Suggestion& a, const Suggestion& b) { return a.at < b.at; });
  std::vector<Suggestion> kept;
  for (const auto& suggestion : all) {
    if (suggestion.at <= 0) continue;
    if (!kept.empty() && suggestion.at - kept.back().at < coincide_within) continue;
    kept.push_back(suggestion);
  }
  return kept;
}

}  // namespace cuepoint::suggest
