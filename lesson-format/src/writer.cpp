#include "cuepoint/lesson/writer.hpp"

#include <pugixml.hpp>

#include <sstream>

#include "attribute_values.hpp"
#include "cuepoint/lesson/time.hpp"

namespace cuepoint::lesson {
namespace {

const char* format_bool(bool value) { return value ? "true" : "false"; }

void set(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name).set_value(value.c_str());
}

void add_text_element(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).append_child(pugi::node_pcdata).set_value(text.c_str());
}

void write_question(pugi::xml_node cue_node, const Question& question) {
  pugi::xml_node node = cue_node.append_child("question");
  set(node, "type", std::string(to_string(question.type)));
  if (is_graded(question.type) && question.points != 1.0)
    set(node, "points", format_decimal(question.points));
  if (question.max_attempts) set(node, "max-attempts", std::to_string(*question.max_attempts));
  add_text_element(node, "prompt", question.prompt);
  for (const Choice& choice : question.choices) {
    pugi::xml_node choice_node = node.append_child("choice");
    set(choice_node, "id", choice.id);
    if (choice.correct) set(choice_node, "correct", "true");
    choice_node.append_child(pugi::node_pcdata).set_value(choice.text.c_str());
    if (!choice.feedback.empty()) add_text_element(choice_node, "feedback", choice.feedback);
  }
  if (question.numeric_value) {
    pugi::xml_node answer = node.append_child("answer");
    set(answer, "value", format_decimal(*question.numeric_value));
    if (question.tolerance != 0.0) set(answer, "tolerance", format_decimal(question.tolerance));
  }
  for (const std::string& accepted : question.accepted_answers) add_text_element(node, "accept", accepted);
  for (const auto& [on, text] : {std::pair{"correct", &question.feedback_correct},
                                 std::pair{"incorrect", &question.feedback_incorrect}}) {
    if (text->empty()) continue;
    pugi::xml_node feedback = node.append_child("feedback");
    set(feedback, "on", on);
    feedback.append_child(pugi::node_pcdata).set_value(text->c_str());
  }
  if (question.on_correct_seek)
    set(node.append_child("on-correct"), "seek", format_time(*question.on_correct_seek));
  if (question.on_incorrect_seek) {
    set(node.append_child("on-incorrect"), "seek", format_time(*question.on_incorrect_seek));
  }
}

}  // namespace

std::string write_lesson(const Lesson& lesson) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  set(declaration, "version", "1.0");
  set(declaration, "encoding", "UTF-8");

  pugi::xml_node root = document.append_child("lesson");
  set(root, "xmlns", "urn:cuepoint:lesson:1");
  set(root, "id", lesson.id);
  set(root, "version", lesson.version);
  if (!lesson.language.empty()) set(root, "xml:lang", lesson.language);
  add_text_element(root, "title", lesson.title);
  if (!lesson.description.empty()) add_text_element(root, "description", lesson.description);

  pugi::xml_node video = root.append_child("video");
  set(video, "src", lesson.video.src);
  if (!lesson.video.sha256.empty()) set(video, "sha256", lesson.video.sha256);

  for (const CaptionTrack& track : lesson.captions) {
    pugi::xml_node node = root.append_child("captions");
    set(node, "src", track.src);
    set(node, "lang", track.lang);
    if (!track.label.empty()) set(node, "label", track.label);
  }

  const Settings defaults;
  if (lesson.settings != defaults) {
    pugi::xml_node node = root.append_child("settings");
    if (lesson.settings.allow_skip_ahead != defaults.allow_skip_ahead) {
      set(node, "allow-skip-ahead", format_bool(lesson.settings.allow_skip_ahead));
    }
    if (lesson.settings.pass_score != defaults.pass_score) {
      set(node, "pass-score", format_decimal(lesson.settings.pass_score));
    }
    if (lesson.settings.max_attempts != defaults.max_attempts) {
      set(node, "max-attempts", std::to_string(lesson.settings.max_attempts));
    }
  }

  for (const Chapter& chapter : lesson.chapters) {
    pugi::xml_node node = root.append_child("chapter");
    set(node, "at", format_time(chapter.at));
    set(node, "title", chapter.title);
  }

  for (const Cue& cue : lesson.cues) {
    pugi::xml_node node = root.append_child("cue");
    set(node, "id", cue.id);
    set(node, "at", format_time(cue.at));
    if (!cue.pause) set(node, "pause", "false");
    if (!cue.required) set(node, "required", "false");
    write_question(node, cue.question);
  }

  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace cuepoint::lesson
