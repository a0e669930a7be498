#include "cuepoint/h5p/converter.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "cuepoint/h5p/h5p_error.hpp"
#include "cuepoint/h5p/html_text.hpp"
#include "cuepoint/lesson/time.hpp"
#include "interactions.hpp"
#include "json_fields.hpp"

namespace cuepoint::h5p {
namespace {

using lesson::Micros;
using nlohmann::json;

// Cues the lesson cannot hold at one time are this far apart (the same frame at any rate).
constexpr Micros kCueSpacing = 1000;

const json& interactive_video(const json& content) {
  const json* video = field(content, "interactiveVideo");
  if (video == nullptr || !video->is_object()) {
    throw H5pError(
        "not the parameters of an H5P Interactive Video: there is no \"interactiveVideo\" object at the top "
        "level");
  }
  return *video;
}

const json& object_or_empty(const json* value) {
  static const json empty = json::object();
  return value != nullptr && value->is_object() ? *value : empty;
}

Micros to_micros(double seconds) { return static_cast<Micros>(std::llround(seconds * 1e6)); }

bool has_scheme(const std::string& path) {
  if (path.rfind("//", 0) == 0) return true;
  const std::size_t colon = path.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  return std::all_of(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
  });
}

bool is_youtube(const std::string& path, const std::string& mime) {
  if (mime == "video/YouTube") return true;
  for (const char* host : {"youtube.com/", "youtu.be/", "youtube-nocookie.com/"}) {
    if (path.find(host) != std::string::npos) return true;
  }
  return false;
}

// A relative path inside the content folder: no scheme, not absolute, no '..', no '\'.
bool is_safe_relative(const std::string& path) {
  const bool control =
      std::any_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  if (path.empty() || control || path.front() == '/' || path.find('\\') != std::string::npos ||
      has_scheme(path))
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string_view segment = std::string_view(path).substr(start, slash - start);
    if (segment == ".." || segment == "." || segment.empty()) return false;
    start = slash + 1;
  }
  return true;
}

// H5P's editor marks files it has not saved yet with "#tmp".
std::string without_tmp_marker(std::string path) {
  if (path.size() > 4 && path.compare(path.size() - 4, 4, "#tmp") == 0) path.resize(path.size() - 4);
  return path;
}

std::string describe_remote(const std::string& path, const std::string& mime) {
  if (is_youtube(path, mime)) return "on YouTube (" + path + ")";
  // Streaming services H5P knows: video/BrightCove, video/Vimeo, video/Panopto, video/Echo360, ...
  if (mime.rfind("video/", 0) == 0 && mime.size() > 6 &&
      std::isupper(static_cast<unsigned char>(mime[6])) != 0)
    return "a " + mime.substr(6) + " video (" + path + ")";
  return "a remote file (" + path + (mime.empty() ? "" : ", " + mime) + ")";
}

std::string interaction_item(const json& interaction, const json& action) {
  std::string item = string_field(action, "library");
  if (item.empty()) item = "interaction";
  std::string title;
  if (const json* metadata = field(action, "metadata"))
    title = html_to_line(string_field(*metadata, "title"));
  if (title.empty()) title = html_to_line(string_field(interaction, "label"));
  if (title.empty()) title = string_field(interaction, "libraryTitle");
  return title.empty() ? item : item + " \"" + title + "\"";
}

struct PendingCue {
  Micros at = 0;
  std::string item;
  lesson::Cue cue;
};

class Converter {
 public:
  Converter(const json& content, const ConvertOptions& options)
      : content_(content), iv_(interactive_video(content)), options_(options) {}

  Conversion run() {
    Conversion& out = result_;
    const json& video = object_or_empty(field(iv_, "video"));
    const json& start_screen = object_or_empty(field(video, "startScreenOptions"));
    out.lesson.id = options_.lesson_id;
    out.lesson.version = "1";
    out.lesson.language = options_.language;
    out.lesson.title = html_to_line(options_.title);
    if (out.lesson.title.empty()) out.lesson.title = html_to_line(string_field(start_screen, "title"));
    if (out.lesson.title.empty()) out.lesson.title = "Imported H5P video";
    out.lesson.description = html_to_line(string_field(start_screen, "shortStartDescription"));
    if (const auto local = choose_video(content_).local) out.lesson.video.src = *local;

    captions(video);
    const json& assets = object_or_empty(field(iv_, "assets"));
    interactions(array_field(assets, "interactions"));
    bookmarks(array_field(assets, "bookmarks"));
    endscreens(array_field(assets, "endscreens"));
    summary();
    settings();
    std::stable_sort(out.notes.begin(), out.notes.end(), [](const ImportNote& a, const ImportNote& b) {
      return a.at.value_or(-1) < b.at.value_or(-1);
    });
    return std::move(out);
  }

 private:
  void note(NoteKind kind, std::optional<Micros> at, std::string item, std::string reason) {
    result_.notes.push_back({kind, at, std::move(item), std::move(reason)});
  }

  bool after_end(Micros at) const { return options_.video_duration && at > *options_.video_duration; }
  std::string end_text() const { return lesson::format_time(options_.video_duration.value_or(0)); }

  void captions(const json& video) {
    const json* tracks = field(video, "textTracks");
    if (tracks == nullptr) return;
    // Old content has a plain list; newer content {"videoTrack": [...]}.
    const json& list = tracks->is_array() ? *tracks : array_field(*tracks, "videoTrack");
    std::size_t number = 0;
    for (const json& track : list) {
      ++number;
      const json* file = field(track, "track");
      if (file == nullptr) continue;  // a track entry with no file holds nothing
      const std::string path = string_field(*file, "path");
      const std::string label = html_to_line(string_field(track, "label"));
      const std::string item =
          "text track " + std::to_string(number) + (label.empty() ? "" : " \"" + label + "\"");
      if (has_scheme(path)) {
        note(NoteKind::NotConverted, std::nullopt, item,
             "the caption file is remote (" + path + "); only files in the package are imported");
        continue;
      }
      if (!is_safe_relative(path)) {
        note(NoteKind::NotConverted, std::nullopt, item,
             "its file '" + path + "' is not a relative path inside the content folder");
        continue;
      }
      std::string lang = string_field(track, "srcLang");
      if (lang.empty()) lang = "en";  // H5P's default
      if (!is_language_tag(lang)) {
        note(NoteKind::NotConverted, std::nullopt, item, "its language '" + lang + "' is not a language tag");
        continue;
      }
      result_.lesson.captions.push_back({path, lang, label, {}});
      result_.caption_files.push_back({path, path});
    }
  }

  void interactions(const json& list) {
    const json& override_group = object_or_empty(field(content_, "override"));
    std::optional<bool> retry_override;
    if (const std::string retry = string_field(override_group, "retryButton");
        retry == "on" || retry == "off")
      retry_override = retry == "on";

    std::vector<PendingCue> pending;
    for (const json& interaction : list) {
      const json& action = object_or_empty(field(interaction, "action"));
      InteractionContext context;
      context.item = interaction_item(interaction, action);
      context.label = html_to_text(string_field(interaction, "label"));
      context.retry_override = retry_override;
      const auto from = number_field(object_or_empty(field(interaction, "duration")), "from");
      if (!from || *from < 0 || !std::isfinite(*from)) {
        note(NoteKind::NotConverted, std::nullopt, context.item,
             "it has no valid start time (duration.from)");
        continue;
      }
      context.at = to_micros(*from);
      if (after_end(context.at)) {
        note(NoteKind::NotConverted, context.at, context.item,
             "it starts after the end of the video (" + end_text() + ")");
        continue;
      }
      ConvertedInteraction converted =
          convert_action(string_field(action, "library"), object_or_empty(field(action, "params")), context);
      const json& adaptivity = object_or_empty(field(interaction, "adaptivity"));
      const auto wrong_seek = seek_of(adaptivity, "wrong", context);
      const auto right_seek = seek_of(adaptivity, "correct", context);
      if (converted.questions.empty()) {
        if (wrong_seek || right_seek) lost_seeks(converted.notes, wrong_seek, right_seek);
      }
      for (ImportNote& n : converted.notes) result_.notes.push_back(std::move(n));
      pass_percentages_.insert(pass_percentages_.end(), converted.pass_percentages.begin(),
                               converted.pass_percentages.end());
      const bool require_completion = flag_field(adaptivity, "requireCompletion", false);
      for (std::size_t i = 0; i < converted.questions.size(); ++i) {
        PendingCue cue;
        cue.at = context.at;
        cue.item = context.item;
        cue.cue.pause = flag_field(interaction, "pause", false);
        // Every H5P interaction can be closed unanswered, unless it requires completion
        // or the question is marked required (questionnaire, free text).
        cue.cue.required = require_completion || converted.required[i];
        cue.cue.question = std::move(converted.questions[i]);
        auto& question = cue.cue.question;
        if (lesson::is_graded(question.type)) {
          // "Action on wrong" follows any wrong answer of the interaction; "on all
          // correct" follows its last question.
          question.on_incorrect_seek = wrong_seek;
          question.feedback_incorrect = message_of(adaptivity, "wrong");
          if (i + 1 == converted.questions.size()) {
            question.on_correct_seek = right_seek;
            question.feedback_correct = message_of(adaptivity, "correct");
          }
        }
        pending.push_back(std::move(cue));
      }
      if (require_completion && !converted.questions.empty()) {
        note(NoteKind::Changed, context.at, context.item,
             "it must be answered before going on, but not necessarily correctly (H5P: full score required)");
      }
    }
    place(pending);
  }

  std::optional<Micros> seek_of(const json& adaptivity, const char* branch,
                                const InteractionContext& context) {
    const auto seconds = number_field(object_or_empty(field(adaptivity, branch)), "seekTo");
    if (!seconds) return std::nullopt;
    const Micros target = to_micros(*seconds);
    if (*seconds < 0 || after_end(target)) {
      note(NoteKind::Changed, context.at, context.item,
           std::string("its seek to ") + (*seconds < 0 ? "a negative time" : lesson::format_time(target)) +
               " on " + (std::string_view(branch) == "wrong" ? "a wrong" : "a correct") +
               " answer is dropped: it lies outside the video");
      return std::nullopt;
    }
    return target;
  }

  static std::string message_of(const json& adaptivity, const char* branch) {
    return html_to_text(string_field(object_or_empty(field(adaptivity, branch)), "message"));
  }

  static void lost_seeks(std::vector<ImportNote>& notes, std::optional<Micros> wrong,
                         std::optional<Micros> right) {
    for (ImportNote& n : notes) {
      if (n.kind != NoteKind::NotConverted) continue;
      if (wrong)
        n.reason += "; its seek to " + lesson::format_time(*wrong) + " after a wrong answer is lost with it";
      if (right)
        n.reason +=
            "; its seek to " + lesson::format_time(*right) + " after a correct answer is lost with it";
      return;
    }
  }

  // Cues in time order (H5P's list need not be), each at a distinct time, named q1, q2, ...
  void place(std::vector<PendingCue>& pending) {
    std::stable_sort(pending.begin(), pending.end(),
                     [](const PendingCue& a, const PendingCue& b) { return a.at < b.at; });
    std::optional<Micros> previous;
    std::string previous_item;
    for (PendingCue& p : pending) {
      Micros at = p.at;
      if (previous && at <= *previous) {
        at = *previous + kCueSpacing;
        if (p.item != previous_item) {
          note(NoteKind::Changed, p.at, p.item,
               "moved to " + lesson::format_time(at) + ": another cue is at " +
                   lesson::format_time(*previous) + " and lesson cues need distinct times");
        }
      }
      p.cue.at = at;
      p.cue.id = "q" + std::to_string(result_.lesson.cues.size() + 1);
      previous = at;
      previous_item = p.item;
      result_.lesson.cues.push_back(std::move(p.cue));
    }
  }

  void bookmarks(const json& list) {
    std::vector<lesson::Chapter> chapters;
    for (const json& bookmark : list) {
      const std::string label = html_to_line(string_field(bookmark, "label"));
      const auto seconds = number_field(bookmark, "time");
      const std::string item = "bookmark \"" + label + "\"";
      if (!seconds || *seconds < 0) {
        note(NoteKind::NotConverted, std::nullopt, item, "it has no valid time");
        continue;
      }
      const Micros at = to_micros(*seconds);
      if (after_end(at)) {
        note(NoteKind::NotConverted, at, item, "it lies after the end of the video (" + end_text() + ")");
        continue;
      }
      chapters.push_back({at, label.empty() ? "Bookmark " + lesson::format_time(at) : label, {}});
    }
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const lesson::Chapter& a, const lesson::Chapter& b) { return a.at < b.at; });
    for (lesson::Chapter& chapter : chapters) {
      auto& kept = result_.lesson.chapters;
      if (!kept.empty() && kept.back().at == chapter.at) {
        note(NoteKind::NotConverted, chapter.at, "bookmark \"" + chapter.title + "\"",
             "bookmark \"" + kept.back().title + "\" is at the same time");
        continue;
      }
      kept.push_back(std::move(chapter));
    }
  }

  void endscreens(const json& list) {
    for (const json& endscreen : list) {
      const auto seconds = number_field(endscreen, "time");
      note(NoteKind::NotConverted, seconds ? std::optional(to_micros(*seconds)) : std::nullopt,
           "endscreen \"" + html_to_line(string_field(endscreen, "label")) + "\"",
           "H5P's submit screen is not converted: the player shows the score when the lesson ends");
    }
  }

  // The end-of-video summary task, when it has any statement at all.
  void summary() {
    const json& group = object_or_empty(field(iv_, "summary"));
    const json& task = object_or_empty(field(group, "task"));
    std::size_t statements = 0;
    for (const json& set : array_field(object_or_empty(field(task, "params")), "summaries")) {
      for (const json& statement : array_field(set, "summary")) {
        if (statement.is_string() && !html_to_text(statement.get<std::string>()).empty()) ++statements;
      }
    }
    if (statements == 0) return;
    std::optional<Micros> at;
    const auto before_end = number_field(group, "displayAt");
    if (options_.video_duration && before_end)
      at = std::max<Micros>(0, *options_.video_duration - to_micros(*before_end));
    note(NoteKind::NotConverted, at,
         string_field(task, "library") + " (end-of-video summary, " + std::to_string(statements) +
             " statements)",
         "a Summary (pick the true statement of each set) has no Cuepoint question type");
  }

  void settings() {
    auto& lesson = result_.lesson;
    const json& override_group = object_or_empty(field(content_, "override"));
    const std::string mode = string_field(override_group, "preventSkippingMode");
    if (flag_field(override_group, "preventSkipping", false) || mode == "forward" || mode == "both")
      lesson.settings.allow_skip_ahead = false;
    if (mode == "both") {
      note(NoteKind::Changed, std::nullopt, "prevent skipping",
           "learners may still seek backward (H5P: forward and backward seeking prevented)");
    }
    if (const auto start = number_field(override_group, "startVideoAt"); start && *start > 0) {
      note(NoteKind::Changed, std::nullopt, "start video at " + lesson::format_time(to_micros(*start)),
           "the lesson starts at 0:00");
    }

    // One attempt limit for the lesson when every question agrees, else per question.
    std::map<int, int> limits;
    for (const auto& cue : lesson.cues) {
      if (cue.question.max_attempts) ++limits[*cue.question.max_attempts];
    }
    if (limits.size() == 1) {
      lesson.settings.max_attempts = limits.begin()->first;
      for (auto& cue : lesson.cues) cue.question.max_attempts.reset();
    } else {
      for (auto& cue : lesson.cues) {
        if (cue.question.max_attempts == lesson.settings.max_attempts) cue.question.max_attempts.reset();
      }
    }

    // H5P has no pass mark for the video; each question has one (behaviour.passPercentage).
    // When the questions agree, that is the lesson's.
    if (!pass_percentages_.empty()) {
      const double first = pass_percentages_.front();
      const bool agree = std::all_of(pass_percentages_.begin(), pass_percentages_.end(),
                                     [first](double p) { return p == first; });
      if (agree && first >= 0 && first <= 100) {
        lesson.settings.pass_score = first;
      } else {
        note(NoteKind::Changed, std::nullopt, "pass percentage",
             "the questions' pass percentages differ; the lesson has no pass score");
      }
    }
  }

  const json& content_;
  const json& iv_;
  const ConvertOptions& options_;
  Conversion result_;
  std::vector<double> pass_percentages_;
};

}  // namespace

std::string to_string(const ImportNote& note) {
  std::string line = note.at ? lesson::format_time(*note.at) + " " : "";
  line += note.item;
  line += note.kind == NoteKind::NotConverted ? ": not converted: " : ": changed: ";
  line += note.reason;
  return line;
}

VideoChoice choose_video(const json& content) {
  const json& video = object_or_empty(field(interactive_video(content), "video"));
  const json* files = field(video, "files");
  VideoChoice choice;
  if (files == nullptr || !files->is_array()) {
    choice.refusal = "the content has no video (interactiveVideo.video has no \"files\")";
    return choice;
  }
  if (files->empty()) {
    choice.refusal = "the content has no video (interactiveVideo.video.files is empty)";
    return choice;
  }
  std::vector<std::string> reasons;
  for (const json& file : *files) {
    const std::string path = string_field(file, "path");
    const std::string mime = string_field(file, "mime");
    std::string reason;
    if (path.empty()) {
      reason = "has no path";
    } else if (is_youtube(path, mime) || has_scheme(path)) {
      reason = "is " + describe_remote(path, mime);
    } else if (const std::string local = without_tmp_marker(path); !is_safe_relative(local)) {
      reason = "names '" + path + "', which is not a relative path inside the content folder";
    } else {
      choice.local = local;
      return choice;
    }
    reasons.push_back(reason);
  }
  if (reasons.size() == 1) {
    choice.refusal = "no local video file: the video " + reasons.front();
  } else {
    choice.refusal = "no local video file:";
    for (std::size_t i = 0; i < reasons.size(); ++i)
      choice.refusal += (i == 0 ? " source " : ", source ") + std::to_string(i + 1) + " " + reasons[i];
  }
  return choice;
}

Conversion convert(const json& content, const ConvertOptions& options) {
  return Converter(content, options).run();
}

bool is_language_tag(std::string_view text) {
  if (text == "und") return false;
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    const std::size_t dash = std::min(text.find('-', start), text.size());
    const std::string_view part = text.substr(start, dash - start);
    const bool letters = std::all_of(part.begin(), part.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0 && static_cast<unsigned char>(c) < 0x80;
    });
    const bool alnum = std::all_of(part.begin(), part.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0 && static_cast<unsigned char>(c) < 0x80;
    });
    if (first ? !(letters && part.size() >= 2 && part.size() <= 8)
              : !(alnum && !part.empty() && part.size() <= 8))
      return false;
    first = false;
    if (dash == text.size()) return true;
    start = dash + 1;
  }
  return false;
}

std::string id_from_text(const std::string& text, const std::string& fallback) {
  std::string id;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 && u < 0x80) {
      id += static_cast<char>(std::tolower(u));
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
    if (id.size() >= 64) break;
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? fallback : id;
}

}  // namespace cuepoint::h5p
