// Screenshots of the player window for the docs, made by playing the sample
// lessons in the real window code (SDL's software renderer, offscreen under the
// dummy driver) with the scripted student at the keyboard, and reading back what
// would be presented: a question, the Arabic sample's question, the feedback to a
// wrong answer with its rewatch notice, the end screen, and the lesson library.
//   window_screenshots SOURCE_DIR OUT_DIR
#include <SDL.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>

#include "cuepoint/media/rgb_image.hpp"
#include "scripted_student.hpp"

namespace {

namespace fs = std::filesystem;
namespace wp = cuepoint::window_player;

struct Shot {
  std::string file;
  std::function<bool(wp::WindowControl&)> now;  // true at the moment to take it
};

wp::WindowOptions offscreen(const fs::path& lesson, const fs::path& database) {
  wp::WindowOptions options;
  options.lesson = lesson;
  options.database = database;
  options.learner = "sample-student";
  options.clock = cuepoint::media::ClockMode::Untimed;
  options.audio = false;
  options.display.width = 1280;
  options.display.height = 720;
  options.display.software = true;
  options.display.hidden = true;
  return options;
}

void remove_database(const fs::path& database) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(database.string() + suffix);
}

// The library of a USB stick holding both samples and a broken lesson, with the
// progress of the student who has just played the first sample (in `database`).
int library_shot(const fs::path& source, const fs::path& out, const fs::path& database) {
  // A fixed place, so the heading (its path) is the same on every machine.
  const fs::path place = fs::temp_directory_path() / "cuepoint-screenshots";
  const fs::path stick = place / "USB-STICK";
  fs::remove_all(place);
  fs::create_directories(stick / "broken");
  for (const char* sample : {"intro-fractions", "fraction-of-a-number-ar"})
    fs::copy(source / "samples" / sample, stick / sample, fs::copy_options::recursive);
  std::ofstream(stick / "broken" / "lesson.xml") << "<lesson id='broken'><title>Broken</title>";
  struct Shooter : wp::WindowObserver {
    fs::path file;
    bool taken = false;
    int passes = 0;
    void idle(wp::WindowControl& control) override {
      // Once the thumbnails are made (one per pass after the list shows).
      if (++passes < 6) return;
      cuepoint::media::write_png(control.read_back(), file);
      std::cout << file.string() << "\n";
      taken = true;
      control.quit();
    }
  } shooter;
  shooter.file = out / "window-library.png";
  // The progress is the database's: the played sample was opened from the samples folder, so
  // it is the same lesson id here.
  const int status = wp::run_library(offscreen(stick, database), &shooter);
  fs::remove_all(place);
  if (status != wp::kExitOk) return status;
  return shooter.taken ? 0 : 1;
}

int play(const fs::path& lesson, const fs::path& out, std::vector<Shot> shots, bool keep_database = false) {
  std::ifstream answers_file(lesson / "answers.json");
  wp::testing::ScriptedStudent student(nlohmann::json::parse(answers_file));
  std::set<std::string> taken;
  student.on_idle = [&](wp::WindowControl& control) {
    for (const auto& shot : shots) {
      if (taken.contains(shot.file) || !shot.now(control)) continue;
      cuepoint::media::write_png(control.read_back(), out / shot.file);
      std::cout << (out / shot.file).string() << "\n";
      taken.insert(shot.file);
    }
  };
  const fs::path database = out / ".screenshots.sqlite";
  remove_database(database);
  const int status = wp::run_window(offscreen(lesson, database), &student);
  if (!keep_database) remove_database(database);
  if (status != wp::kExitOk) return status;
  for (const auto& shot : shots) {
    if (!taken.contains(shot.file)) {
      std::cerr << "window_screenshots: " << shot.file << " was never on screen\n";
      return 1;
    }
  }
  return 0;
}

bool showing(wp::WindowControl& control, const std::string& prompt_part, std::string_view widget) {
  const auto& view = control.view();
  const auto* prompt = view.find(cuepoint::ui::ids::kPrompt);
  return prompt && prompt->name.find(prompt_part) != std::string::npos && view.find(widget);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: window_screenshots SOURCE_DIR OUT_DIR\n";
    return 2;
  }
  // Offscreen, identical on every machine; a caller's display is not needed.
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  setenv("CUEPOINT_NO_MESSAGE_BOX", "1", 1);
  const fs::path source = argv[1];
  const fs::path out = argv[2];
  try {
    fs::create_directories(out);
    using cuepoint::ui::ids::kRewatch;
    using cuepoint::ui::ids::kSubmit;
    int status = play(
        source / "samples" / "intro-fractions", out,
        {{"window-question.png",
          [](wp::WindowControl& c) { return showing(c, "what does the 4 tell us", kSubmit); }},
         {"window-feedback-rewatch.png",
          [](wp::WindowControl& c) { return showing(c, "what does the 4 tell us", kRewatch); }},
         {"window-end.png", [](wp::WindowControl& c) { return c.screen() == cuepoint::ui::Screen::End; }}},
        true);
    if (status != 0) return status;
    status = library_shot(source, out, out / ".screenshots.sqlite");
    remove_database(out / ".screenshots.sqlite");
    if (status != 0) return status;
    status = play(source / "samples" / "fraction-of-a-number-ar", out,
                  {{"window-question-rtl.png", [](wp::WindowControl& c) {
                      const auto* question = c.view().find(cuepoint::ui::ids::kQuestion);
                      return question && c.view().find("question.choice.a") && c.view().find(kSubmit) &&
                             c.position() > 30'000'000;
                    }}});
    return status;
  } catch (const std::exception& error) {
    std::cerr << "window_screenshots: " << error.what() << "\n";
    return 1;
  }
}
