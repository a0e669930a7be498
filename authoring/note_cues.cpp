#include "note_cues.hpp"

#include <set>

#include "cuepoint/lesson/writer.hpp"
#include "lesson_layout.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

lesson::Cue note_cue(std::string id, const suggest::Suggestion& suggestion) {
  const char* why = suggestion.reason == suggest::Reason::Scene ? "the picture changes here"
                    : suggestion.reason == suggest::Reason::Silence
                        ? "the narration pauses here"
                        : "the picture changes while the narration pauses";
  lesson::Cue cue;
  cue.id = std::move(id);
  cue.at = suggestion.at;
  cue.question.type = lesson::QuestionType::Note;
  cue.question.prompt = "Suggested pause (" + std::string(suggest::to_string(suggestion.reason)) +
                        "): " + why + ". Edit this cue or remove it.";
  return cue;
}

}  // namespace

AddedCues add_note_cues(const LessonEdit& edit, const std::vector<suggest::Suggestion>& suggestions) {
  std::set<std::string> ids;
  std::set<lesson::Micros> times;
  for (const lesson::Cue& cue : edit.lesson().cues) {
    ids.insert(cue.id);
    times.insert(cue.at);
  }
  SourceEditor editor(edit.text());
  AddedCues added;
  int next_number = 1;
  for (const suggest::Suggestion& suggestion : suggestions) {
    if (!times.insert(suggestion.at).second) {
      ++added.skipped;
      continue;
    }
    std::string id;
    do id = "suggested-" + std::to_string(next_number++);
    while (ids.contains(id));
    ids.insert(id);
    // Positions come from the file as it is: suggestions are in time order, so
    // several before the same cue are queued, and land, in time order.
    insert_timed(editor, "cue", suggestion.at, lesson::write_cue(note_cue(id, suggestion)));
    added.ids.push_back(std::move(id));
  }
  edit.write(editor.result());
  return added;
}

}  // namespace cuepoint::authoring
