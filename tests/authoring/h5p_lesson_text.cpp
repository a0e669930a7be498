#include "h5p_lesson_text.hpp"

#include <sstream>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::testing {

std::string lesson_text(const lesson::Lesson& lesson) {
  std::ostringstream out;
  out << "lesson " << lesson.id << " '" << lesson.title << "'";
  if (!lesson.language.empty()) out << " lang " << lesson.language;
  out << "\n";
  if (!lesson.description.empty()) out << "description '" << lesson.description << "'\n";
  out << "video '" << lesson.video.src << "'\n";
  for (const auto& track : lesson.captions)
    out << "captions '" << track.src << "' " << track.lang << " '" << track.label << "'\n";
  out << "settings skip-ahead " << (lesson.settings.allow_skip_ahead ? "yes" : "no") << ", pass "
      << lesson.settings.pass_score << ", attempts " << lesson.settings.max_attempts << "\n";
  for (const auto& chapter : lesson.chapters)
    out << "chapter " << lesson::format_time(chapter.at) << " '" << chapter.title << "'\n";
  for (const auto& cue : lesson.cues) {
    const auto& q = cue.question;
    out << "cue " << cue.id << " " << lesson::format_time(cue.at) << (cue.pause ? " pause" : " no-pause")
        << (cue.required ? " required " : " optional ") << lesson::to_string(q.type);
    if (lesson::is_graded(q.type) && q.points != 1.0) out << " points " << q.points;
    if (q.max_attempts) out << " attempts " << *q.max_attempts;
    out << " '" << q.prompt << "'\n";
    for (const auto& choice : q.choices) {
      out << "  " << choice.id << (choice.correct ? "* '" : " '") << choice.text << "'";
      if (!choice.feedback.empty()) out << " feedback '" << choice.feedback << "'";
      out << "\n";
    }
    for (const auto& accepted : q.accepted_answers) out << "  accept '" << accepted << "'\n";
    if (!q.feedback_correct.empty()) out << "  on correct '" << q.feedback_correct << "'\n";
    if (!q.feedback_incorrect.empty()) out << "  on incorrect '" << q.feedback_incorrect << "'\n";
    if (q.on_correct_seek) out << "  correct seek " << lesson::format_time(*q.on_correct_seek) << "\n";
    if (q.on_incorrect_seek) out << "  incorrect seek " << lesson::format_time(*q.on_incorrect_seek) << "\n";
  }
  return out.str();
}

std::string notes_text(const std::vector<h5p::ImportNote>& notes) {
  std::string text;
  for (const auto& note : notes) text += h5p::to_string(note) + "\n";
  return text;
}

}  // namespace cuepoint::testing
