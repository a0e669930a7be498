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
    if (!choice.seal.empty()) set(choice_node, "seal", choice.seal);
    choice_node.append_child(pugi::node_pcdata).set_value(choice.text.c_str());
    if (!choice.feedback.empty()) add_text_element(choice_node, "feedback", choice.feedback);
  }
  if (question.numeric_value) {
    pugi::xml_node answer = node.append_child("answer");
    set(answer, "value", format_decimal(*question.numeric_value));
    if (question.tolerance != 0.0) set(answer, "tolerance", format_decimal(question.tolerance));
  }
  for (const std::string& accepted : question.accepted_answers) add_text_element(node, "accept", accepted);
  for (const std::string& hash : question.sealed_answers)
    set(node.append_child("sealed-accept"), "sha256", hash);
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

void append_captions(pugi::xml_node root, const CaptionTrack& track) {
  pugi::xml_node node = root.append_child("captions");
  set(node, "src", track.src);
  set(node, "lang", track.lang);
  if (!track.label.empty()) set(node, "label", track.label);
}

void append_settings(pugi::xml_node root, const Settings& settings) {
  const Settings defaults;
  pugi::xml_node node = root.append_child("settings");
  if (settings.allow_skip_ahead != defaults.allow_skip_ahead) {
    set(node, "allow-skip-ahead", format_bool(settings.allow_skip_ahead));
  }
  if (settings.pass_score != defaults.pass_score)
    set(node, "pass-score", format_decimal(settings.pass_score));
  if (settings.max_attempts != defaults.max_attempts) {
    set(node, "max-attempts", std::to_string(settings.max_attempts));
  }
}

void append_chapter(pugi::xml_node root, const Chapter& chapter) {
  pugi::xml_node node = root.append_child("chapter");
  set(node, "at", format_time(chapter.at));
  set(node, "title", chapter.title);
}

void append_cue(pugi::xml_node root, const Cue& cue) {
  pugi::xml_node node = root.append_child("cue");
  set(node, "id", cue.id);
  set(node, "at", format_time(cue.at));
  if (!cue.pause) set(node, "pause", "false");
  if (!cue.required) set(node, "required", "false");
  write_question(node, cue.question);
}

constexpr const char* kIndent = "  ";

// One element printed alone, without the line break after it.
template <typename Value>
std::string write_element(void (*append)(pugi::xml_node, const Value&), const Value& value) {
  pugi::xml_document document;
  append(document, value);
  std::ostringstream out;
  document.first_child().print(out, kIndent, pugi::format_indent, pugi::encoding_utf8);
  std::string text = out.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
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

  for (const CaptionTrack& track : lesson.captions) append_captions(root, track);
  if (lesson.settings != Settings{}) append_settings(root, lesson.settings);
  if (lesson.seal) {
    pugi::xml_node seal = root.append_child("seal");
    set(seal, "version", std::to_string(lesson.seal->version));
    set(seal, "salt", lesson.seal->salt);
  }
  for (const Chapter& chapter : lesson.chapters) append_chapter(root, chapter);
  for (const Cue& cue : lesson.cues) append_cue(root, cue);

  std::ostringstream out;
  document.save(out, kIndent, pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

std::string write_cue(const Cue& cue) { return write_element(&append_cue, cue); }
std::string write_chapter(const Chapter& chapter) { return write_element(&append_chapter, chapter); }
std::string write_captions(const CaptionTrack& track) { return write_element(&append_captions, track); }
std::string write_settings(const Settings& settings) { return write_element(&append_settings, settings); }

}  // namespace cuepoint::lesson
