#include "scripted_student.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace cuepoint::window_player::testing {
namespace {

void push(SDL_Event& event) {
  if (SDL_PushEvent(&event) < 0) throw std::runtime_error(std::string("SDL_PushEvent: ") + SDL_GetError());
}

std::size_t choice_index(const lesson::Cue& cue, const std::string& id) {
  const auto& choices = cue.question.choices;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (choices[i].id == id) return i;
  }
  throw std::invalid_argument("cue '" + cue.id + "' has no choice '" + id + "'");
}

void pick(const lesson::Cue& cue, const std::string& id) {
  const auto index = choice_index(cue, id);
  if (index >= 9) throw std::invalid_argument("choice " + id + " has no digit key");
  push_key(static_cast<SDL_Keycode>(SDLK_1 + index));
}

std::string as_text(const nlohmann::json& attempt) {
  if (attempt.is_string()) return attempt.get<std::string>();
  if (attempt.is_number() || attempt.is_boolean()) return attempt.dump();
  throw std::invalid_argument("cannot type " + attempt.dump());
}

}  // namespace

void push_key(SDL_Keycode key, Uint16 modifiers) {
  SDL_Event event{};
  event.type = SDL_KEYDOWN;
  event.key.state = SDL_PRESSED;
  event.key.keysym.sym = key;
  event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
  event.key.keysym.mod = modifiers;
  push(event);
  event.type = SDL_KEYUP;
  event.key.state = SDL_RELEASED;
  push(event);
}

void push_text(const std::string& text) {
  std::size_t at = 0;
  while (at < text.size()) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    // One UTF-8 character per event: what a keyboard sends.
    std::size_t length = 1;
    while (at + length < text.size() && (static_cast<unsigned char>(text[at + length]) & 0xC0) == 0x80)
      ++length;
    std::memcpy(event.text.text, text.data() + at, length);
    push(event);
    at += length;
  }
}

void ScriptedStudent::session_event(const session::SessionEvent& event) {
  if (const auto* reached = std::get_if<session::CueReached>(&event)) {
    if (!reached->pauses) return;
    at_cue_ = reached->cue;
    firing_ = reached->firing;
    look_ = true;
  } else if (const auto* graded = std::get_if<session::AnswerGraded>(&event)) {
    ++graded_[graded->cue->id];
    ++answered_;
    continue_pending_ = true;
  }
}

void ScriptedStudent::idle(WindowControl& control) {
  if (on_idle) on_idle(control);
  if (control.screen() == ui::Screen::End) {
    if (!reached_end_) {
      reached_end_ = true;
      end_view_ = control.view();
      control.quit();
    }
    return;
  }
  if (look_) {
    look_ = false;
    CueSight sight{at_cue_->id, firing_, control.position(),
                   crop(control.read_back_video(), control.video_rect()), std::nullopt};
    if (keep_full_) sight.full = control.read_back();
    sights_.push_back(std::move(sight));
  }
  if (!at_cue_) return;
  if (quit_after_ && answered_ >= *quit_after_ && !continue_pending_) {
    control.quit();
    return;
  }
  const ui::View view = control.view();
  if (continue_pending_ && (view.find(ui::ids::kContinue) || view.find(ui::ids::kRetry))) {
    continue_pending_ = false;
    push_key(SDLK_RETURN);
    return;
  }
  if (at_cue_->question.type == lesson::QuestionType::Note) {
    if (view.find(ui::ids::kNoteContinue) && noted_[at_cue_->id] < firing_) {
      noted_[at_cue_->id] = firing_;
      push_key(SDLK_RETURN);
    }
    return;
  }
  const ui::Widget* submit = view.find(ui::ids::kSubmit);
  const std::string& id = at_cue_->id;
  if (!submit || !submit->enabled || continue_pending_ || typed_[id] != graded_[id]) return;
  if (!answers_.contains(id) || answers_[id].size() <= static_cast<std::size_t>(graded_[id])) {
    throw std::runtime_error("no scripted answer for attempt " + std::to_string(graded_[id] + 1) + " at " +
                             id);
  }
  type_answer(*at_cue_, answers_[id][static_cast<std::size_t>(graded_[id])]);
  ++typed_[id];
}

void ScriptedStudent::type_answer(const lesson::Cue& cue, const nlohmann::json& attempt) {
  switch (cue.question.type) {
    case lesson::QuestionType::SingleChoice:
    case lesson::QuestionType::TrueFalse:
    case lesson::QuestionType::Poll:
      pick(cue, attempt.get<std::string>());
      break;
    case lesson::QuestionType::MultipleChoice:
      for (const auto& id : attempt) pick(cue, id.get<std::string>());
      break;
    default:
      push_text(as_text(attempt));
      break;
  }
  push_key(SDLK_RETURN);
}

}  // namespace cuepoint::window_player::testing
