#include "headless_player.hpp"

#include <chrono>
#include <iostream>
#include <variant>
#include <vector>

#include "cuepoint/events/event_log.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/session/lesson_session.hpp"
#include "cuepoint/store/default_path.hpp"
#include "scripted_answers.hpp"
#include "transcript.hpp"

namespace cuepoint::app {
namespace {

using lesson::Micros;

// "cuepoint: <message> (media: <kind>)": a media failure says which kind it is, so
// a person or a script can tell "not a video" from "damaged" from "unsupported codec".
void report_error(const std::string& message, std::optional<media::MediaError::Kind> kind) {
  std::cerr << "cuepoint: " << message;
  if (kind) std::cerr << " (media: " << media::describe(*kind) << ")";
  std::cerr << "\n";
}

// The script-driven front end of a LessonSession: plays until the end, answers
// each open question from the script, and tells its listeners what happened.
class HeadlessDriver {
 public:
  HeadlessDriver(const HeadlessOptions& options, ScriptedAnswers answers, session::LessonSession& session,
                 std::vector<events::RunListener*> listeners)
      : options_(options),
        answers_(std::move(answers)),
        session_(session),
        listeners_(std::move(listeners)) {}

  int run() {
    events::RunStarted start{&session_.lesson(), session_.loaded().video.named.string(),
                             session_.info(),    options_.rate,
                             options_.realtime,  options_.learner};
    tell([&](events::RunListener& listener) { listener.started(start); });
    session_.start();
    const Micros max_wait = options_.realtime ? 20'000 : 0;
    for (;;) {
      for (const auto& event : session_.step(max_wait)) {
        if (const auto status = handle(event)) return *status;
      }
    }
  }

 private:
  template <typename Call>
  void tell(Call call) {
    for (auto* listener : listeners_) call(*listener);
  }

  // An exit status when the run is over.
  std::optional<int> handle(const session::SessionEvent& event) {
    if (const auto* cue = std::get_if<session::CueReached>(&event)) return at_cue(*cue);
    if (const auto* seek = std::get_if<session::Seeked>(&event)) {
      tell([&](events::RunListener& listener) { listener.seeked(*seek); });
    } else if (const auto* end = std::get_if<session::Ended>(&event)) {
      tell([&](events::RunListener& listener) { listener.ended(*end); });
      const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
      const events::RunStats stats{session_.stats(), wall, options_.realtime};
      tell([&](events::RunListener& listener) { listener.finished(stats); });
      return kExitOk;
    } else if (const auto* error = std::get_if<session::Error>(&event)) {
      report_error(error->message, error->media_kind);
      return kExitFailed;
    }
    return std::nullopt;  // frames shown, limited seeks (headless never asks for one)
  }

  std::optional<int> at_cue(const session::CueReached& reached) {
    std::optional<std::filesystem::path> frame_file;
    if (reached.pauses && options_.frames_dir && reached.shown) {
      frame_file = *options_.frames_dir / (reached.cue->id + "-" + std::to_string(reached.firing) + ".png");
      reached.shown->write_png(*frame_file);
    }
    tell([&](events::RunListener& listener) { listener.cue(reached, frame_file); });
    // A non-pausing question is answered too, while playback goes on.
    if (reached.wants_response) {
      const auto answered = answer(*reached.cue);
      if (answered.status) return answered.status;
      if (answered.seeking) return std::nullopt;  // the session seeks and plays on the next step
    }
    if (reached.pauses) session_.play();
    return std::nullopt;
  }

  struct Answered {
    std::optional<int> status;  // the run is over
    bool seeking = false;       // an adaptivity seek takes over
  };

  // Takes scripted attempts until the cue is done.
  Answered answer(const lesson::Cue& cue) {
    for (;;) {
      auto attempt = answers_.next(cue.id);
      if (!attempt) {
        if (cue.required) {
          session_.terminate();
          std::cerr << "cuepoint: cue '" << cue.id << "' at " << lesson::format_time(cue.at)
                    << " is required, but the answers file has no attempt left for it\n";
          return {kExitMissingAnswer};
        }
        for (const auto& event : session_.skip(cue)) {
          if (const auto* skip = std::get_if<session::Skipped>(&event))
            tell([&](events::RunListener& listener) { listener.skipped(*skip); });
        }
        return {};
      }
      const auto response = nlohmann::json::parse(attempt->as_json);
      for (const auto& event : session_.answer(cue, attempt->response)) {
        if (const auto* error = std::get_if<session::Error>(&event)) {
          report_error(error->message, error->media_kind);
          return {kExitFailed};
        }
        const auto& graded = std::get<session::AnswerGraded>(event);
        tell([&](events::RunListener& listener) { listener.answered(graded, response); });
        if (graded.outcome.seek) return {std::nullopt, true};
        if (!graded.outcome.retry) return {};
      }
    }
  }

  const HeadlessOptions& options_;
  ScriptedAnswers answers_;
  session::LessonSession& session_;
  std::vector<events::RunListener*> listeners_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace

int run_headless(const HeadlessOptions& options) {
  auto load = loader::load_lesson(options.lesson);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!load.ok()) return kExitFailed;
  try {
    auto answers =
        options.answers ? ScriptedAnswers::load(*options.answers, load.loaded->lesson) : ScriptedAnswers{};
    if (options.frames_dir) std::filesystem::create_directories(*options.frames_dir);
    session::SessionConfig config;
    config.playback.clock = options.realtime ? media::ClockMode::Realtime : media::ClockMode::Untimed;
    config.playback.audio = options.realtime ? media::AudioOutput::Null : media::AudioOutput::None;
    config.playback.rate = options.rate;
    config.database = options.database ? *options.database : store::default_database_path();
    config.learner_id = options.learner;
    config.resume = options.resume;
    auto session = session::LessonSession::open(std::move(*load.loaded), config);
    events::EventLog events = options.events ? events::EventLog(*options.events) : events::EventLog();
    std::optional<Transcript> transcript;
    std::vector<events::RunListener*> listeners{&events};
    if (options.transcript) listeners.push_back(&transcript.emplace(std::cout, session->lesson()));
    HeadlessDriver driver(options, std::move(answers), *session, std::move(listeners));
    return driver.run();
  } catch (const media::MediaError& error) {
    report_error(error.what(), error.kind());
    return kExitFailed;
  } catch (const std::exception& error) {
    report_error(error.what(), std::nullopt);
    return kExitFailed;
  }
}

}  // namespace cuepoint::app
