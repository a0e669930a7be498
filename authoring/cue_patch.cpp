#include "cue_patch.hpp"

#include <string>
#include <utility>
#include <vector>

#include "cuepoint/lesson/writer.hpp"
#include "lesson_layout.hpp"

namespace cuepoint::authoring {
namespace {

using lesson::Cue;
using lesson::Question;

// An attribute of `node` becomes what the writer wrote on `written` (removed
// when the writer left it out: a default, or not for this type).
void update_attribute(SourceEditor& editor, pugi::xml_node node, pugi::xml_node written, const char* name) {
  const pugi::xml_attribute wanted = written.attribute(name);
  if (wanted) {
    if (std::string(node.attribute(name).value()) != wanted.value() || !node.attribute(name)) {
      editor.set_attribute(node, name, wanted.value());
    }
  } else if (node.attribute(name)) {
    editor.remove_attribute(node, name);
  }
}

pugi::xml_node feedback_on(pugi::xml_node question, const char* on) {
  for (pugi::xml_node feedback : children_named(question, "feedback")) {
    if (std::string(feedback.attribute("on").value()) == on) return feedback;
  }
  return {};
}

// Replaces every <name> child of `question` with the writer's ones.
void replace_all(SourceEditor& editor, const SourceEditor& written, pugi::xml_node question,
                 pugi::xml_node written_question, const char* name) {
  const std::vector<pugi::xml_node> old_nodes = children_named(question, name);
  const std::vector<pugi::xml_node> new_nodes = children_named(written_question, name);
  for (pugi::xml_node node : new_nodes) {
    if (old_nodes.empty()) {
      insert_in_order(editor, question, name, written.element_xml_of(node));
    } else {
      editor.insert_after(old_nodes.back(), written.element_xml_of(node));
    }
  }
  for (pugi::xml_node node : old_nodes) editor.remove(node);
}

// One optional child (<answer>, <on-correct>...): set its attributes, add it or
// drop it. `attributes`: each one's name, and whether its value changed.
void update_single(SourceEditor& editor, const SourceEditor& written, pugi::xml_node question,
                   pugi::xml_node written_question, const char* name,
                   std::initializer_list<std::pair<const char*, bool>> attributes) {
  const pugi::xml_node old_node = question.child(name);
  const pugi::xml_node new_node = written_question.child(name);
  if (old_node && new_node) {
    for (const auto& [attribute, changed] : attributes) {
      if (changed) update_attribute(editor, old_node, new_node, attribute);
    }
  } else if (new_node) {
    insert_in_order(editor, question, name, written.element_xml_of(new_node));
  } else if (old_node) {
    editor.remove(old_node);
  }
}

void update_feedback(SourceEditor& editor, const SourceEditor& written, pugi::xml_node question,
                     pugi::xml_node written_question, const char* on) {
  const pugi::xml_node old_node = feedback_on(question, on);
  const pugi::xml_node new_node = feedback_on(written_question, on);
  if (old_node && new_node) {
    editor.set_text(old_node, new_node.text().get());
  } else if (new_node) {
    // "correct" goes before an "incorrect" one already there.
    const pugi::xml_node incorrect = feedback_on(question, "incorrect");
    if (std::string(on) == "correct" && incorrect) {
      editor.insert_before(incorrect, written.element_xml_of(new_node));
    } else {
      insert_in_order(editor, question, "feedback", written.element_xml_of(new_node));
    }
  } else if (old_node) {
    editor.remove(old_node);
  }
}

bool only_correct_flags_differ(const Question& before, const Question& after) {
  if (before.choices.size() != after.choices.size()) return false;
  for (std::size_t i = 0; i < before.choices.size(); ++i) {
    const auto& a = before.choices[i];
    const auto& b = after.choices[i];
    if (a.id != b.id || a.text != b.text || a.feedback != b.feedback) return false;
  }
  return true;
}

}  // namespace

void patch_cue(SourceEditor& editor, pugi::xml_node cue_node, const Cue& before, const Cue& after) {
  const SourceEditor written(lesson::write_cue(after));
  const pugi::xml_node written_cue = written.root();
  const pugi::xml_node written_question = written_cue.child("question");
  const pugi::xml_node question = cue_node.child("question");

  // Only what changed: an attribute written out at its default (pause="true")
  // stays as the teacher wrote it.
  if (before.id != after.id) update_attribute(editor, cue_node, written_cue, "id");
  if (before.at != after.at) update_attribute(editor, cue_node, written_cue, "at");
  if (before.pause != after.pause) update_attribute(editor, cue_node, written_cue, "pause");
  if (before.required != after.required) update_attribute(editor, cue_node, written_cue, "required");
  const Question& old_question = before.question;
  const Question& new_question = after.question;
  if (old_question.type != new_question.type) update_attribute(editor, question, written_question, "type");
  if (old_question.points != new_question.points)
    update_attribute(editor, question, written_question, "points");
  if (old_question.max_attempts != new_question.max_attempts) {
    update_attribute(editor, question, written_question, "max-attempts");
  }
  if (old_question.prompt != new_question.prompt)
    editor.set_text(question.child("prompt"), new_question.prompt);
  if (old_question.choices != new_question.choices) {
    if (only_correct_flags_differ(old_question, new_question)) {
      const auto old_nodes = children_named(question, "choice");
      const auto new_nodes = children_named(written_question, "choice");
      for (std::size_t i = 0; i < old_nodes.size() && i < new_nodes.size(); ++i) {
        if (old_question.choices[i].correct != new_question.choices[i].correct) {
          update_attribute(editor, old_nodes[i], new_nodes[i], "correct");
        }
      }
    } else {
      replace_all(editor, written, question, written_question, "choice");
    }
  }
  if (old_question.numeric_value != new_question.numeric_value ||
      old_question.tolerance != new_question.tolerance) {
    update_single(editor, written, question, written_question, "answer",
                  {{"value", old_question.numeric_value != new_question.numeric_value},
                   {"tolerance", old_question.tolerance != new_question.tolerance}});
  }
  if (old_question.accepted_answers != new_question.accepted_answers) {
    replace_all(editor, written, question, written_question, "accept");
  }
  if (old_question.feedback_correct != new_question.feedback_correct) {
    update_feedback(editor, written, question, written_question, "correct");
  }
  if (old_question.feedback_incorrect != new_question.feedback_incorrect) {
    update_feedback(editor, written, question, written_question, "incorrect");
  }
  if (old_question.on_correct_seek != new_question.on_correct_seek) {
    update_single(editor, written, question, written_question, "on-correct", {{"seek", true}});
  }
  if (old_question.on_incorrect_seek != new_question.on_incorrect_seek) {
    update_single(editor, written, question, written_question, "on-incorrect", {{"seek", true}});
  }
}

}  // namespace cuepoint::authoring
