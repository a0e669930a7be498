#include "window_run.hpp"

#include <SDL.h>

#include <algorithm>
#include <iostream>

#include "cue_map.hpp"
#include "cuepoint/ui/seek_limit.hpp"
#include "library_store.hpp"
#include "sdl_input.hpp"

namespace cuepoint::window_player {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// How long one pass may wait for the next frame or event: short enough that a
// key press is handled within a display frame.
constexpr lesson::Micros kMaxWait = 10'000;
// The UI hears the position at this granularity while playing (seek bar, clock):
// finer changes would redraw the overlay for nothing.
constexpr lesson::Micros kPositionStep = 100'000;

window::Rect to_window_rect(const overlay::Rect& rect) { return {rect.x, rect.y, rect.width, rect.height}; }

// The smallest rectangle holding every pixel of the canvas that is not fully
// transparent: only that part is uploaded and blended over the video (with the
// control bar hidden and no captions, nothing is).
std::optional<window::Rect> opaque_box(const overlay::Canvas& canvas) {
  int top = canvas.height, bottom = -1, left = canvas.width, right = -1;
  for (int y = 0; y < canvas.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(canvas.pixels.data() +
                                                             static_cast<std::size_t>(y) * canvas.stride);
    int first = -1, last = -1;
    for (int x = 0; x < canvas.width; ++x) {
      if (row[x] != 0) {
        if (first < 0) first = x;
        last = x;
      }
    }
    if (first < 0) continue;
    top = std::min(top, y);
    bottom = y;
    left = std::min(left, first);
    right = std::max(right, last);
  }
  if (bottom < 0) return std::nullopt;
  return window::Rect{left, top, right - left + 1, bottom - top + 1};
}

}  // namespace

WindowRun::WindowRun(const WindowOptions& options, WindowObserver* observer, loader::LoadedLesson loaded,
                     bool audio_device, window::Display& display)
    : options_(options),
      observer_(observer),
      loaded_(std::move(loaded)),
      audio_device_(audio_device),
      display_(display),
      presenter_(display_),
      settings_(options.database),
      ui_(loaded_.lesson, settings_.initial(options.learner)),
      event_log_(options.events ? events::EventLog(*options.events) : events::EventLog()),
      rate_(options.rate) {
  SDL_SetWindowTitle(display_.window(), (loaded_.lesson.title + " - Cuepoint").c_str());
  SDL_SetWindowMinimumSize(display_.window(), 480, 270);
  if (options.fullscreen) display_.set_fullscreen(true);
  SDL_StartTextInput();
  if (options.learner) open_session(*options.learner, options.resume);
}

WindowRun::~WindowRun() {
  try {
    close_session();
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: " << error.what() << "\n";
  }
}

lesson::Micros WindowRun::now() const {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_)
      .count();
}

lesson::Micros WindowRun::position() const { return session_ ? session_->position() : 0; }
bool WindowRun::playing() const { return session_ && session_->playing(); }

// ---- session lifetime ----

void WindowRun::open_session(const std::string& learner, bool resume) {
  close_session();
  learner_ = learner;
  session::SessionConfig config;
  config.playback.clock = options_.clock;
  config.playback.audio = audio_device_                                  ? media::AudioOutput::Device
                          : options_.clock == media::ClockMode::Realtime ? media::AudioOutput::Null
                                                                         : media::AudioOutput::None;
  config.playback.rate = rate_;
  config.database = options_.database;
  config.learner_id = learner;
  config.resume = resume;
  session_ = session::LessonSession::open(loaded_, config);
  note_lesson_opened(options_.database, learner, options_.lesson, loaded_.lesson);
  session_->set_volume(volume_);
  session_->set_muted(muted_);
  playback_sent_ = false;
  sent_limit_.reset();
  for (const auto& cue : session_->lesson().cues) {
    const auto& progress = session_->runtime().progress(cue);
    if (progress.attempts > 0 || progress.completed || progress.skipped) {
      feed(ui::CueRestored{same_cue(session_->lesson(), loaded_.lesson, &cue), progress});
    }
  }
  event_log_.started(events::RunStarted{&session_->lesson(), session_->loaded().video.named.string(),
                                        session_->info(), rate_, options_.clock == media::ClockMode::Realtime,
                                        learner});
  restore_choices();
  session_->start();
  if (auto shown = session_->shown()) presenter_.upload(*shown);
  send_playback_facts(true);
  dirty_ = true;
}

void WindowRun::close_session() {
  if (!session_) return;
  if (!session_->finished()) session_->terminate();
  session_.reset();
}

void WindowRun::fail(const std::string& message) {
  std::cerr << "cuepoint: " << message << "\n";
  // A person at the window may not see the terminal; tests run the dummy driver, where this fails quietly.
  if (!SDL_getenv("CUEPOINT_NO_MESSAGE_BOX")) {
    if (SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Cuepoint", message.c_str(), display_.window()) != 0) {
      // No box (no window system): the message is on standard error already, and the status says it.
    }
  }
  exit_status_ = kExitFailed;
  quitting_ = true;
}

// ---- the loop ----

int WindowRun::run() {
  while (!quitting_) {
    // While a cue's card is open the session stays on the cue's frame: a rewatch the
    // answer asked for waits for Continue, so the feedback is read over the frame the
    // question was answered on and the rewatch starts when the student is ready.
    const bool held = ui_.holds_playback();
    const bool advancing = !held && session_ && session_->playing();
    SDL_Event event;
    // While playing, the session's step() does the waiting (for the next frame's time).
    if (SDL_WaitEventTimeout(&event, advancing ? 0 : static_cast<int>(kMaxWait / 1000))) {
      handle_sdl(event);
      while (!quitting_ && SDL_PollEvent(&event)) handle_sdl(event);
    }
    if (quitting_) break;
    if (session_ && !session_->finished() && !held) {
      try {
        session_events(session_->step(advancing ? kMaxWait : 0));
      } catch (const std::exception& error) {
        fail(error.what());
        break;
      }
      follow_replay();
      send_playback_facts(false);
    }
    feed(ui::Tick{now()});
    if (quitting_) break;
    draw();
    if (observer_) observer_->idle(*this);
  }
  return exit_status_;
}

void WindowRun::handle_sdl(const SDL_Event& event) {
  switch (event.type) {
    case SDL_QUIT:
      quitting_ = true;  // every answer given is already durable; close_session() records `terminated`
      window_closed_ = true;
      return;
    case SDL_KEYDOWN:
      if (const auto press = key_press(event.key)) feed(*press);
      return;
    case SDL_TEXTINPUT:
      feed(text_input(event.text));
      return;
    case SDL_TEXTEDITING:
      feed(composition(event.edit));
      return;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      if (event.button.button == SDL_BUTTON_LEFT) handle_mouse_button(event.button);
      return;
    case SDL_MOUSEMOTION:
      handle_mouse_motion(event.motion);
      return;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_LEAVE && pointer_on_seek_bar_) {
        pointer_on_seek_bar_ = false;
        feed(ui::PointerLeave{});
      }
      dirty_ = true;  // resized, exposed, shown: draw again
      return;
    default:
      return;
  }
}

void WindowRun::handle_mouse_button(const SDL_MouseButtonEvent& button) {
  const auto at = display_.to_output(button.x, button.y);
  const auto& layout = overlay_.layout();
  if (button.type == SDL_MOUSEBUTTONUP) {
    dragging_seek_bar_ = false;
    return;
  }
  const std::string id = layout.hit(at.x, at.y);
  if (id == ui::ids::kSeekBar && layout.seek_bar) {
    dragging_seek_bar_ = true;
    feed(ui::SeekBarDrag{layout.seek_bar->time_at(at.x)});
    return;
  }
  feed(ui::Activate{id.empty() ? std::string(ui::ids::kVideo) : id, button.clicks});
  if (layout.text_field && layout.text_field->contains(at.x, at.y)) {
    if (const auto index = overlay_.caret_at(at.x, at.y)) feed(ui::CaretPlaced{*index});
  }
}

void WindowRun::handle_mouse_motion(const SDL_MouseMotionEvent& motion) {
  const auto at = display_.to_output(motion.x, motion.y);
  const auto& layout = overlay_.layout();
  feed(ui::PointerMoved{});
  if (dragging_seek_bar_ && layout.seek_bar) {
    feed(ui::SeekBarDrag{layout.seek_bar->time_at(at.x)});
    return;
  }
  const bool on_bar = layout.seek_bar && layout.hit(at.x, at.y) == ui::ids::kSeekBar;
  if (on_bar) {
    feed(ui::SeekBarHover{layout.seek_bar->time_at(at.x)});
  } else if (pointer_on_seek_bar_) {
    feed(ui::PointerLeave{});
  }
  pointer_on_seek_bar_ = on_bar;
}

void WindowRun::feed(const ui::Input& input) {
  for (const auto& command : ui_.handle(input)) {
    if (quitting_) return;
    carry_out(command);
  }
}

// ---- UI commands ----

void WindowRun::carry_out(const ui::Command& command) {
  try {
    settings_.remember(learner_, command);
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: could not remember the setting: " << error.what()
              << "\n";  // the choice still applies
  }
  std::visit(Overloaded{
                 [&](const ui::Play&) {
                   if (session_) session_->play();
                 },
                 [&](const ui::Pause&) {
                   if (session_) session_->pause();
                 },
                 [&](const ui::SeekTo& seek) {
                   if (session_) session_->request_seek(seek.target);
                 },
                 [&](const ui::SetRate& rate) {
                   rate_ = rate.rate;
                   if (session_) session_->set_rate(rate.rate);
                 },
                 [&](const ui::SetVolume& volume) {
                   volume_ = volume.volume;
                   if (session_) session_->set_volume(volume.volume);
                 },
                 [&](const ui::SetMuted& muted) {
                   muted_ = muted.muted;
                   if (session_) session_->set_muted(muted.muted);
                 },
                 [&](const ui::SubmitAnswer& submit) { answer(submit); },
                 [&](const ui::SkipCue& skip) {
                   if (!session_) return;
                   session_events(session_->skip(*same_cue(loaded_.lesson, session_->lesson(), skip.cue)));
                 },
                 [&](const ui::ContinueAfterCue& next) {
                   if (session_ && !next.session_seeks) session_->play();
                 },
                 [&](const ui::ToggleFullscreen&) { display_.toggle_fullscreen(); },
                 [&](const ui::ChooseCaptions& choice) {
                   try {
                     captions_.choose(loaded_, choice.track);
                   } catch (const std::exception& error) {
                     std::cerr << "cuepoint: " << error.what() << "\n";  // the lesson plays on without them
                   }
                   if (auto text = captions_.changed_text(position())) feed(ui::CaptionText{*text});
                 },
                 [&](const ui::Quit&) { quitting_ = true; },
                 [&](const ui::Retake&) {
                   replay_.reset();
                   open_session(learner_, false);
                 },
                 [&](const ui::ReplayMissed& replay) { start_replay(replay); },
                 [&](const ui::SetTextScale&) { dirty_ = true; },
                 [&](const ui::SetHighContrast&) { dirty_ = true; },
                 [&](const ui::ChooseLearner& chosen) { open_session(chosen.name, options_.resume); },
             },
             command);
}

// The learner's remembered captions, text size and theme; a retake keeps the choices
// made in this run, since those were remembered too.
void WindowRun::restore_choices() {
  ui::LearnerChoices choices;
  try {
    choices = settings_.load_choices(learner_);
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: could not read the learner's settings: " << error.what() << "\n";
    return;  // the defaults are fine to watch with
  }
  feed(choices);
  dirty_ = true;
}

void WindowRun::answer(const ui::SubmitAnswer& submit) {
  if (!session_) return;
  const auto& cue = *same_cue(loaded_.lesson, session_->lesson(), submit.cue);
  std::vector<session::SessionEvent> events;
  try {
    events = session_->answer(cue, submit.response);
  } catch (const std::exception& error) {
    fail(error.what());
    return;
  }
  for (const auto& event : events) {
    if (const auto* graded = std::get_if<session::AnswerGraded>(&event)) {
      event_log_.answered(*graded, events::response_json(cue, graded->response));
    }
  }
  session_events(events);
}

// ---- session events as UI facts ----

void WindowRun::session_events(const std::vector<session::SessionEvent>& events) {
  for (const auto& event : events) {
    if (observer_) observer_->session_event(event);
    session_event(event);
    if (quitting_) return;
  }
}

void WindowRun::session_event(const session::SessionEvent& event) {
  const auto& session_lesson = session_->lesson();
  const auto ui_cue = [&](const lesson::Cue* cue) { return same_cue(session_lesson, loaded_.lesson, cue); };
  std::visit(
      Overloaded{
          [&](const session::FrameShown&) {
            if (auto shown = session_->shown()) presenter_.upload(*shown);
            dirty_ = true;
          },
          [&](const session::CueReached& reached) {
            std::optional<std::filesystem::path> frame_file;
            if (reached.shown) {
              presenter_.upload(*reached.shown);  // the exact frame: the question is drawn over it
              if (reached.pauses && options_.frames_dir) {
                frame_file =
                    *options_.frames_dir / (reached.cue->id + "-" + std::to_string(reached.firing) + ".png");
                reached.shown->write_png(*frame_file);
              }
            }
            event_log_.cue(reached, frame_file);
            send_playback_facts(true);
            feed(ui::CueReached{runtime::CueFiring{ui_cue(reached.cue), reached.firing, reached.pauses,
                                                   reached.wants_response, reached.attempts_left}});
            dirty_ = true;
          },
          [&](const session::AnswerGraded& graded) {
            feed(ui::AnswerGraded{ui_cue(graded.cue), graded.response, graded.outcome});
          },
          [&](const session::Seeked& seeked) {
            event_log_.seeked(seeked);
            feed(ui::Seeked{runtime::SeekRequest{seeked.from, seeked.to, seeked.reason}});
            send_playback_facts(true);
          },
          [&](const session::SeekLimited&) {
            send_playback_facts(true);  // the UI clamps the same way; its position must be the session's
          },
          [&](const session::Skipped& skipped) {
            event_log_.skipped(skipped);
            feed(ui::Skipped{ui_cue(skipped.cue)});
          },
          [&](const session::Ended& ended) {
            event_log_.ended(ended);
            const double wall =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
            event_log_.finished(
                events::RunStats{session_->stats(), wall, options_.clock == media::ClockMode::Realtime});
            // A replay that ran into the end shows the lesson's result again, not the replay's.
            const auto result = replay_ ? replay_->result : ended.result;
            replay_.reset();
            feed(ui::Ended{result});
            dirty_ = true;
          },
          [&](const session::Error& error) { fail(error.message); },
      },
      event);
}

void WindowRun::send_playback_facts(bool force) {
  if (!session_) return;
  ui::PlaybackChanged now{
      session_->position(), session_->info().duration, session_->playing(), rate_, volume_, muted_};
  const bool changed = !playback_sent_ || now.playing != sent_playback_.playing ||
                       now.rate != sent_playback_.rate || now.volume != sent_playback_.volume ||
                       now.muted != sent_playback_.muted ||
                       std::abs(now.position - sent_playback_.position) >= kPositionStep;
  if (force || changed) {
    sent_playback_ = now;
    playback_sent_ = true;
    feed(now);
  }
  const auto limit = ui::seek_limit(session_->runtime(), now.position, now.duration);
  if (!sent_limit_ || *sent_limit_ != limit) {
    sent_limit_ = limit;
    auto for_ui = limit;
    if (for_ui && for_ui->blocking_cue)
      for_ui->blocking_cue = same_cue(session_->lesson(), loaded_.lesson, for_ui->blocking_cue);
    feed(ui::SeekLimitChanged{for_ui});
  }
  if (auto text = captions_.changed_text(now.position)) feed(ui::CaptionText{*text});
}

// ---- "Replay what I missed" ----

void WindowRun::start_replay(const ui::ReplayMissed& replay) {
  if (replay.segments.empty()) return;
  runtime::LessonResult result = session_ ? session_->runtime().result() : runtime::LessonResult{};
  // The finished session cannot play on: a new one, with this learner's attempts restored.
  open_session(learner_, true);
  replay_ = Replay{replay.segments, 0, std::nullopt, result};
}

void WindowRun::follow_replay() {
  if (!replay_ || !session_) return;
  auto& replay = *replay_;
  if (replay.until && session_->position() < *replay.until) return;
  if (replay.next < replay.segments.size()) {
    const auto& segment = replay.segments[replay.next++];
    replay.until = segment.to;
    session_->request_seek(segment.from);
    session_->play();
    return;
  }
  // Every segment watched: back to the end screen with the lesson's result.
  const auto result = replay.result;
  replay_.reset();
  close_session();
  feed(ui::Ended{result});
  dirty_ = true;
}

// ---- drawing ----

void WindowRun::draw() {
  const auto area = display_.output_area();
  ui::View view = ui_.view();
  if (!view_drawn_ || view != view_ || area != drawn_area_) {
    const double scale = display_.mouse_scale().x;
    const auto& canvas = overlay_.draw(view, area.width, area.height, scale);
    overlay_box_ = opaque_box(canvas);
    if (overlay_box_) {
      const auto* first = canvas.pixels.data() + static_cast<std::size_t>(overlay_box_->y) * canvas.stride +
                          static_cast<std::size_t>(overlay_box_->x) * 4;
      if (!overlay_image_) {
        overlay_image_.emplace(display_, first, overlay_box_->width, overlay_box_->height, canvas.stride);
      } else {
        overlay_image_->update(first, overlay_box_->width, overlay_box_->height, canvas.stride);
      }
    }
    if (const auto& field = overlay_.layout().text_field) {
      const auto scale_back = display_.mouse_scale();
      SDL_Rect rect{static_cast<int>(field->x / scale_back.x), static_cast<int>(field->y / scale_back.y),
                    static_cast<int>(field->width / scale_back.x),
                    static_cast<int>(field->height / scale_back.y)};
      SDL_SetTextInputRect(&rect);
    }
    view_ = std::move(view);
    view_drawn_ = true;
    drawn_area_ = area;
    dirty_ = true;
  }
  if (!dirty_) return;
  std::vector<window::OverlayPlacement> overlays;
  if (overlay_box_) overlays.push_back({&*overlay_image_, *overlay_box_});
  presenter_.compose(overlays);
  if (observer_) observer_->composed(*this);
  presenter_.present();
  dirty_ = false;
}

media::RgbImage WindowRun::read_back() { return presenter_.read_back(); }

media::RgbImage WindowRun::read_back_video() {
  presenter_.compose({});
  auto image = presenter_.read_back();
  std::vector<window::OverlayPlacement> overlays;
  if (overlay_box_) overlays.push_back({&*overlay_image_, *overlay_box_});
  presenter_.compose(overlays);
  return image;
}

std::optional<window::Rect> WindowRun::widget_rect(const std::string& widget_id) const {
  for (const auto& hit : overlay_.layout().hits) {
    if (hit.widget_id == widget_id) return to_window_rect(hit.rect);
  }
  return std::nullopt;
}

}  // namespace cuepoint::window_player
