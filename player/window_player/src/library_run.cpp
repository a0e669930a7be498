#include "library_run.hpp"

#include <SDL.h>

#include <iostream>
#include <span>

#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/overlay/library_layout.hpp"
#include "library_store.hpp"
#include "sdl_input.hpp"
#include "window_run.hpp"

namespace cuepoint::window_player {
namespace {

constexpr int kIdleWaitMs = 50;  // nothing to preview: wait for the learner this long per pass

ui::LibraryHeading heading_for(const WindowOptions& options) {
  if (options.lesson.empty()) return {ui::LibrarySource::Recent, "", ""};
  return {ui::LibrarySource::Folder, options.lesson.string(), ""};
}

}  // namespace

LibraryRun::LibraryRun(const WindowOptions& options, WindowObserver* observer, bool audio_device)
    : options_(options),
      observer_(observer),
      audio_device_(audio_device),
      display_(options.display),
      presenter_(display_),
      picker_(heading_for(options), {}),
      learner_(options.learner) {
  SDL_SetWindowMinimumSize(display_.window(), 480, 270);
  if (options.fullscreen) display_.set_fullscreen(true);
  SDL_StartTextInput();
  refresh();
}

void LibraryRun::refresh() {
  SDL_SetWindowTitle(display_.window(), "Lessons - Cuepoint");
  scans_.clear();
  if (options_.lesson.empty()) {
    if (const auto learner = current_learner(options_.database, learner_)) {
      for (const auto& path : recent_lesson_paths(options_.database, *learner))
        scans_.push_back(scan_one(path));
    }
  } else {
    auto scan = scan_folder(options_.lesson);
    if (scan.truncated) {
      std::cerr << "cuepoint: " << options_.lesson.string() << " holds more than the library lists; showing "
                << scan.lessons.size() << " lessons\n";
    }
    scans_ = std::move(scan.lessons);
  }
  show_entries();
}

void LibraryRun::show_entries() {
  const auto learner = current_learner(options_.database, learner_);
  auto heading = heading_for(options_);
  heading.learner = learner.value_or("");
  auto entries = library_entries(options_.database, learner, scans_);
  for (auto& entry : entries) {
    if (const auto found = previews_.find(entry.path); found != previews_.end())
      entry.duration = found->second.duration;
    if (const auto found = load_problems_.find(entry.path); found != load_problems_.end())
      entry.problem = found->second;
  }
  picker_.set_heading(std::move(heading));
  picker_.set_entries(std::move(entries));
  dirty_ = true;
}

int LibraryRun::run() {
  while (!quitting_) {
    SDL_Event event;
    const bool previewing = view_drawn_ && preview_next();
    if (SDL_WaitEventTimeout(&event, previewing ? 0 : kIdleWaitMs)) {
      handle_sdl(event);
      while (!quitting_ && SDL_PollEvent(&event)) handle_sdl(event);
    }
    if (quitting_) break;
    try {
      draw();
    } catch (const std::exception& error) {
      std::cerr << "cuepoint: " << error.what() << "\n";
      return kExitFailed;
    }
    if (observer_) observer_->idle(*this);
  }
  return exit_status_;
}

void LibraryRun::handle_sdl(const SDL_Event& event) {
  switch (event.type) {
    case SDL_QUIT:
      quitting_ = true;
      return;
    case SDL_KEYDOWN:
      if (const auto press = key_press(event.key)) feed(*press);
      return;
    case SDL_TEXTINPUT:
      feed(text_input(event.text));
      return;
    case SDL_MOUSEBUTTONDOWN:
      if (event.button.button == SDL_BUTTON_LEFT) {
        const auto at = display_.to_output(event.button.x, event.button.y);
        const std::string id = overlay_.layout().hit(at.x, at.y);
        if (!id.empty()) feed(ui::Activate{id, event.button.clicks});
      }
      return;
    case SDL_MOUSEWHEEL:
      // SDL's y is positive away from the user (scroll up); flipped wheels say so.
      feed(ui::Scroll{event.wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? event.wheel.y : -event.wheel.y});
      return;
    case SDL_WINDOWEVENT:
      dirty_ = true;
      return;
    default:
      return;
  }
}

void LibraryRun::feed(const ui::LibraryInput& input) {
  const auto command = picker_.handle(input);
  if (!command) return;
  if (std::holds_alternative<ui::QuitLibrary>(*command)) {
    quitting_ = true;
    return;
  }
  play(std::get<ui::OpenLesson>(*command).path);
}

// The full load (hashes included) as `cuepoint LESSON` does; a lesson that fails it
// stays listed, greyed, with the reason.
void LibraryRun::play(const std::string& path) {
  auto load = loader::load_lesson(path);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!load.ok()) {
    for (const auto& diagnostic : load.diagnostics) {
      if (diagnostic.severity != lesson::Diagnostic::Error) continue;
      load_problems_[path] = diagnostic.to_string();
      break;
    }
    show_entries();
    return;
  }
  WindowOptions lesson_options = options_;
  lesson_options.lesson = path;
  lesson_options.learner = learner_;  // chosen at the first lesson's start screen, kept for the next
  {
    WindowRun run(lesson_options, observer_, std::move(*load.loaded), audio_device_, display_);
    const int status = run.run();
    if (status != kExitOk) exit_status_ = status;  // said on stderr already; the library goes on
    if (!run.learner().empty()) learner_ = run.learner();
    if (run.window_closed()) quitting_ = true;
  }
  refresh();
  view_drawn_ = false;
  overlay_image_.reset();
}

bool LibraryRun::preview_next() {
  for (const auto& entry : picker_.entries()) {
    if (entry.problem || previews_.count(entry.path) != 0) continue;
    std::optional<std::filesystem::path> video;
    for (const auto& scan : scans_) {
      if (scan.path.string() == entry.path) video = scan.video;
    }
    auto preview = video ? preview_video(*video) : LessonPreview{};
    if (preview.thumbnail) overlay_.set_thumbnail(ui::ids::library_item(entry.path), *preview.thumbnail);
    previews_[entry.path] = std::move(preview);
    show_entries();
    view_drawn_ = false;  // the thumbnail is not part of the view: draw again
    return true;
  }
  return false;
}

void LibraryRun::draw() {
  const auto area = display_.output_area();
  const double scale = display_.mouse_scale().x;
  picker_.set_visible_rows(overlay::library_rows_that_fit(area.height, scale, 1.0));
  ui::View view = picker_.view();
  if (!view_drawn_ || view != view_ || area != drawn_area_) {
    const auto& canvas = overlay_.draw(view, area.width, area.height, scale);
    if (!overlay_image_ || area != drawn_area_) {
      overlay_image_.emplace(display_, canvas.pixels.data(), canvas.width, canvas.height, canvas.stride);
    } else {
      overlay_image_->update(canvas.pixels.data(), canvas.width, canvas.height, canvas.stride);
    }
    view_ = std::move(view);
    view_drawn_ = true;
    drawn_area_ = area;
    dirty_ = true;
  }
  if (!dirty_) return;
  const window::OverlayPlacement placement{&*overlay_image_, {0, 0, area.width, area.height}};
  presenter_.compose(std::span<const window::OverlayPlacement>(&placement, 1));
  if (observer_) observer_->composed(*this);
  presenter_.present();
  dirty_ = false;
}

std::optional<window::Rect> LibraryRun::widget_rect(const std::string& widget_id) const {
  if (const auto* hit = overlay_.layout().find(widget_id)) {
    return window::Rect{hit->rect.x, hit->rect.y, hit->rect.width, hit->rect.height};
  }
  return std::nullopt;
}

}  // namespace cuepoint::window_player
