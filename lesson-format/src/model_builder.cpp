#include "model_builder.hpp"

#include "attribute_values.hpp"
#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "structure.hpp"

namespace cuepoint::lesson {
namespace {

// An attribute together with its element: pugixml attributes do not know their element,
// and messages name both.
struct Attribute {
  pugi::xml_node element;
  pugi::xml_attribute attribute;

  Attribute(pugi::xml_node owner, const char* name) : element(owner), attribute(owner.attribute(name)) {}
  explicit operator bool() const { return static_cast<bool>(attribute); }
  std::string_view value() const { return attribute.value(); }
};

class Builder {
 public:
  explicit Builder(ParseContext& context) : context_(context) {}

  Lesson lesson(pugi::xml_node root) {
    Lesson lesson;
    lesson.id = id({root, "id"});
    lesson.version = non_empty({root, "version"});
    lesson.language = checked({root, "xml:lang"}, check_language_tag);
    lesson.title = element_text(root.child("title"));
    lesson.description = element_text(root.child("description"));
    lesson.video = video(root.child("video"));
    for (pugi::xml_node node : root.children("captions")) lesson.captions.push_back(captions(node));
    if (pugi::xml_node node = root.child("settings")) lesson.settings = settings(node);
    if (pugi::xml_node node = root.child("seal")) lesson.seal = seal(node);
    for (pugi::xml_node node : root.children("chapter")) lesson.chapters.push_back(chapter(node));
    for (pugi::xml_node node : root.children("cue")) lesson.cues.push_back(cue(node));
    return lesson;
  }

 private:
  void error(const Attribute& attribute, const std::string& problem) {
    context_.error(context_.locate(attribute.attribute),
                   "invalid " + std::string(attribute.attribute.name()) + "=\"" +
                       std::string(attribute.value()) + "\" on " + element_name(attribute.element.name()) +
                       ": " + problem);
  }

  // Stores a successfully read value, or reports why it could not be read.
  template <typename T, typename Target>
  void store(const Attribute& attribute, const ValueOrError<T>& parsed, Target& target) {
    if (!attribute) return;
    if (parsed.value) {
      target = *parsed.value;
    } else {
      error(attribute, parsed.error);
    }
  }

  std::string non_empty(const Attribute& attribute) {
    if (!attribute) return {};
    std::string value(attribute.value());
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
      error(attribute, "it must not be empty");
      return {};
    }
    return value;
  }

  std::string id(const Attribute& attribute) {
    if (!attribute) return {};
    std::string value(attribute.value());
    if (!is_valid_id(value)) {
      error(attribute, "'" + value +
                           "' is not an id; expected 1 to 64 characters from A-Z a-z 0-9 . _ - "
                           "starting with a letter or digit");
      return {};
    }
    return value;
  }

  // The attribute's text when `check` finds nothing wrong with it, else empty after
  // reporting the problem at the attribute (language tags, hashes).
  std::string checked(const Attribute& attribute, std::optional<std::string> (*check)(std::string_view)) {
    if (!attribute) return {};
    if (auto problem = check(attribute.value())) {
      error(attribute, *problem);
      return {};
    }
    return std::string(attribute.value());
  }

  template <typename Target>
  void time(const Attribute& attribute, Target& target) {
    if (!attribute) return;
    const TimeParseResult parsed = parse_time_checked(attribute.value());
    if (parsed.micros) {
      target = *parsed.micros;
    } else {
      error(attribute, parsed.error);
    }
  }

  void boolean(const Attribute& attribute, bool& target) {
    store(attribute, read_boolean(attribute.value()), target);
  }

  Video video(pugi::xml_node node) {
    Video video;
    video.location = context_.locate(node);
    video.src = non_empty({node, "src"});
    if (const Attribute sha{node, "sha256"}) {
      if (auto problem = check_sha256(sha.value())) {
        error(sha, *problem);
      } else {
        video.sha256 = sha.value();
      }
    }
    return video;
  }

  CaptionTrack captions(pugi::xml_node node) {
    CaptionTrack track;
    track.location = context_.locate(node);
    track.src = non_empty({node, "src"});
    track.lang = checked({node, "lang"}, check_language_tag);
    track.label = node.attribute("label").value();
    return track;
  }

  Settings settings(pugi::xml_node node) {
    Settings settings;
    boolean({node, "allow-skip-ahead"}, settings.allow_skip_ahead);
    if (const Attribute pass{node, "pass-score"}) {
      const ValueOrError<double> parsed = read_decimal(pass.value(), false);
      if (parsed.value && *parsed.value > 100.0) {
        error(pass, "'" + std::string(pass.value()) + "' is above 100; pass-score is a percentage 0..100");
      } else {
        store(pass, parsed, settings.pass_score);
      }
    }
    const Attribute attempts{node, "max-attempts"};
    store(attempts, read_count(attempts.value()), settings.max_attempts);
    return settings;
  }

  Seal seal(pugi::xml_node node) {
    Seal seal;
    seal.location = context_.locate(node);
    if (const Attribute version{node, "version"}) {
      if (version.value() != std::to_string(kSealVersion)) {
        error(version, "seal version '" + std::string(version.value()) +
                           "' is not supported; this build reads " + "version " +
                           std::to_string(kSealVersion) + " (re-seal the lesson with this " +
                           "cuepoint-author)");
      }
    }
    seal.salt = checked({node, "salt"}, check_salt);
    return seal;
  }

  Chapter chapter(pugi::xml_node node) {
    Chapter chapter;
    chapter.location = context_.locate(node);
    time({node, "at"}, chapter.at);
    chapter.title = non_empty({node, "title"});
    return chapter;
  }

  Cue cue(pugi::xml_node node) {
    Cue cue;
    cue.location = context_.locate(node);
    cue.id = id({node, "id"});
    time({node, "at"}, cue.at);
    boolean({node, "pause"}, cue.pause);
    boolean({node, "required"}, cue.required);
    if (pugi::xml_node question_node = node.child("question")) cue.question = question(question_node);
    return cue;
  }

  Question question(pugi::xml_node node) {
    Question question;
    question.location = context_.locate(node);
    if (const Attribute type{node, "type"}) {
      if (auto parsed = question_type_from_string(type.value())) {
        question.type = *parsed;
      } else {
        error(
            type,
            "unknown question type '" + std::string(type.value()) +
                "'; expected single-choice, multiple-choice, true-false, numeric, text, open, poll or note");
      }
    }
    const Attribute points{node, "points"};
    const Attribute attempts{node, "max-attempts"};
    if (is_graded(question.type)) {
      store(points, read_decimal(points.value(), false), question.points);
      store(attempts, read_count(attempts.value()), question.max_attempts);
    } else {
      for (const Attribute& attribute : {points, attempts}) {
        if (!attribute) continue;
        context_.error(context_.locate(attribute.attribute),
                       "'" + std::string(attribute.attribute.name()) + "' has no meaning on an ungraded '" +
                           std::string(to_string(question.type)) + "' question");
      }
    }
    question.prompt = element_text(node.child("prompt"));
    for (pugi::xml_node choice_node : node.children("choice"))
      question.choices.push_back(choice(choice_node));
    if (pugi::xml_node answer = node.child("answer")) {
      const Attribute value{answer, "value"};
      store(value, read_decimal(value.value(), true), question.numeric_value);
      const Attribute tolerance{answer, "tolerance"};
      store(tolerance, read_decimal(tolerance.value(), false), question.tolerance);
    }
    for (pugi::xml_node accept : node.children("accept"))
      question.accepted_answers.push_back(element_text(accept));
    for (pugi::xml_node sealed : node.children("sealed-accept"))
      question.sealed_answers.push_back(checked({sealed, "sha256"}, check_sha256));
    for (pugi::xml_node feedback : node.children("feedback")) read_feedback(feedback, question);
    if (pugi::xml_node seek = node.child("on-correct")) time({seek, "seek"}, question.on_correct_seek);
    if (pugi::xml_node seek = node.child("on-incorrect")) time({seek, "seek"}, question.on_incorrect_seek);
    return question;
  }

  void read_feedback(pugi::xml_node feedback, Question& question) {
    const Attribute on{feedback, "on"};
    if (!on) return;  // reported by the structure check
    std::string* target = on.value() == "correct"     ? &question.feedback_correct
                          : on.value() == "incorrect" ? &question.feedback_incorrect
                                                      : nullptr;
    if (target == nullptr) {
      error(on, "expected 'correct' or 'incorrect', got '" + std::string(on.value()) + "'");
    } else if (!target->empty()) {
      context_.error(context_.locate(feedback), "a second <feedback on=\"" + std::string(on.value()) +
                                                    "\"> in <question>; give each one once");
    } else {
      *target = element_text(feedback);
    }
  }

  Choice choice(pugi::xml_node node) {
    Choice choice;
    choice.location = context_.locate(node);
    choice.id = id({node, "id"});
    boolean({node, "correct"}, choice.correct);
    choice.seal = checked({node, "seal"}, check_sha256);
    choice.text = element_text(node);
    choice.feedback = element_text(node.child("feedback"));
    return choice;
  }

  ParseContext& context_;
};

}  // namespace

Lesson build_lesson(pugi::xml_node root, ParseContext& context) { return Builder(context).lesson(root); }

}  // namespace cuepoint::lesson
