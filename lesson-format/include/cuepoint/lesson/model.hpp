// The lesson model: a plain value type that the parser fills, the writer prints,
// the validator checks and everything else (runtime, store, authoring) reads.
// No behaviour lives here beyond trivial helpers, so every layer can share it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cuepoint::lesson {

// Lesson time in integer microseconds: media time minus the container's start
// time (what mpv or VLC display). See docs/lesson-format.md.
using Micros = std::int64_t;

// Where an element or attribute stood in its file; 1-based, 0 when unknown
// (a model built in code rather than parsed).
struct SourceLocation {
  int line = 0;
  int column = 0;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class QuestionType { SingleChoice, MultipleChoice, TrueFalse, Numeric, Text, Open, Poll, Note };

// The spelling used in the XML `type` attribute ("single-choice", ...).
std::string_view to_string(QuestionType type);
std::optional<QuestionType> question_type_from_string(std::string_view text);

// Types where a response can be right or wrong.
bool is_graded(QuestionType type);
// Types whose response is a set of choice ids.
bool has_choices(QuestionType type);
// Types that take any response at all (everything but `note`).
bool takes_response(QuestionType type);

struct Choice {
  std::string id;
  std::string text;
  bool correct = false;
  std::string feedback;  // shown when this choice is picked; empty if none
  SourceLocation location;
  // Sealed lessons only: the salted SHA-256 (lowercase hex) that says, to the grader
  // alone, whether this choice is correct (`correct` is then false); empty when not sealed.
  // Last, so the aggregate initialisers written before sealing existed still fit.
  std::string seal = {};
  // Equality ignores locations: a written-then-parsed model is equal to the original.
  friend bool operator==(const Choice& a, const Choice& b) {
    return a.id == b.id && a.text == b.text && a.correct == b.correct && a.feedback == b.feedback &&
           a.seal == b.seal;
  }
};

struct Question {
  QuestionType type = QuestionType::Note;
  std::string prompt;
  std::vector<Choice> choices;                // single/multiple-choice, true-false, poll
  std::optional<double> numeric_value;        // numeric
  double tolerance = 0.0;                     // numeric: |answer - value| <= tolerance
  std::vector<std::string> accepted_answers;  // text
  std::vector<std::string> sealed_answers;    // text, sealed: salted SHA-256 of each normalised answer
  std::string feedback_correct;
  std::string feedback_incorrect;
  double points = 1.0;                      // graded types only
  std::optional<int> max_attempts;          // overrides settings.max_attempts
  std::optional<Micros> on_correct_seek;    // adaptivity: jump after a correct answer
  std::optional<Micros> on_incorrect_seek;  // adaptivity: jump after an incorrect answer
  SourceLocation location;
  friend bool operator==(const Question& a, const Question& b) {
    return a.type == b.type && a.prompt == b.prompt && a.choices == b.choices &&
           a.numeric_value == b.numeric_value && a.tolerance == b.tolerance &&
           a.accepted_answers == b.accepted_answers && a.sealed_answers == b.sealed_answers &&
           a.feedback_correct == b.feedback_correct && a.feedback_incorrect == b.feedback_incorrect &&
           a.points == b.points && a.max_attempts == b.max_attempts &&
           a.on_correct_seek == b.on_correct_seek && a.on_incorrect_seek == b.on_incorrect_seek;
  }
};

struct Cue {
  std::string id;
  Micros at = 0;
  bool pause = true;
  bool required = true;
  Question question;
  SourceLocation location;
  friend bool operator==(const Cue& a, const Cue& b) {
    return a.id == b.id && a.at == b.at && a.pause == b.pause && a.required == b.required &&
           a.question == b.question;
  }
};

struct Chapter {
  Micros at = 0;
  std::string title;
  SourceLocation location;
  friend bool operator==(const Chapter& a, const Chapter& b) { return a.at == b.at && a.title == b.title; }
};

struct CaptionTrack {
  std::string src;   // relative to the lesson file
  std::string lang;  // BCP 47 tag
  std::string label;
  SourceLocation location;
  friend bool operator==(const CaptionTrack& a, const CaptionTrack& b) {
    return a.src == b.src && a.lang == b.lang && a.label == b.label;
  }
};

struct Video {
  std::string src;     // relative to the lesson file
  std::string sha256;  // lowercase hex; empty when not given
  SourceLocation location;
  friend bool operator==(const Video& a, const Video& b) { return a.src == b.src && a.sha256 == b.sha256; }
};

struct Settings {
  bool allow_skip_ahead = true;
  double pass_score = 0.0;  // percent of the lesson's points, 0..100
  int max_attempts = 1;     // graded attempts per question; 0 means unlimited
  friend bool operator==(const Settings&, const Settings&) = default;
};

// A sealed lesson's `<seal>`: the format of its answer hashes and the lesson's random
// salt (docs/package.md, "Sealed answers").
struct Seal {
  int version = 1;
  std::string salt;  // 32 lowercase hex digits (16 random bytes)
  SourceLocation location;
  friend bool operator==(const Seal& a, const Seal& b) { return a.version == b.version && a.salt == b.salt; }
};

struct Lesson {
  std::string id;
  std::string version;
  std::string language;  // xml:lang of the lesson, BCP 47; empty if not given
  std::string title;
  std::string description;
  Video video;
  std::vector<CaptionTrack> captions;
  Settings settings;
  std::optional<Seal> seal;  // present in sealed lessons only
  std::vector<Chapter> chapters;
  std::vector<Cue> cues;  // in document order; the validator requires ascending `at`
  friend bool operator==(const Lesson&, const Lesson&) = default;

  const Cue* find_cue(std::string_view cue_id) const;
  // Attempts allowed at `cue` (question override, else the lesson setting); 0 = unlimited.
  int max_attempts_for(const Cue& cue) const;
  double total_points() const;  // sum of points over graded questions
};

}  // namespace cuepoint::lesson
