#include "interactions.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "cuepoint/h5p/blanks.hpp"
#include "cuepoint/h5p/html_text.hpp"
#include "json_fields.hpp"

namespace cuepoint::h5p {
namespace {

using lesson::Choice;
using lesson::Question;
using lesson::QuestionType;
using nlohmann::json;

// Choice ids by position: a..z, then aa, ab, ...
std::string choice_id(std::size_t index) {
  std::string id;
  ++index;
  while (index > 0) {
    --index;
    id.insert(id.begin(), static_cast<char>('a' + index % 26));
    index /= 26;
  }
  return id;
}

class Converting {
 public:
  explicit Converting(const InteractionContext& context) : context_(context) {}

  void not_converted(std::string reason) {
    result_.notes.push_back({NoteKind::NotConverted, context_.at, context_.item, std::move(reason)});
  }
  void changed(std::string reason) {
    result_.notes.push_back({NoteKind::Changed, context_.at, context_.item, std::move(reason)});
  }
  // Graded questions allow retries as H5P's "Retry" button does: unlimited, or once.
  void add_graded(Question question, const json& behaviour) {
    const bool retry = context_.retry_override.value_or(flag_field(behaviour, "enableRetry", true));
    question.max_attempts = retry ? 0 : 1;
    if (const auto pass = number_field(behaviour, "passPercentage"))
      result_.pass_percentages.push_back(*pass);
    result_.questions.push_back(std::move(question));
    result_.required.push_back(false);
  }
  void add_ungraded(Question question, bool required = false) {
    result_.questions.push_back(std::move(question));
    result_.required.push_back(required);
  }

  // A question's image or video (params.media) is not shown in the lesson.
  void check_media(const json& params) {
    const json* media = field(params, "media");
    const json* type = media != nullptr ? field(*media, "type") : nullptr;
    if (type == nullptr) return;
    const json* media_params = field(*type, "params");
    const bool has_file = media_params != nullptr && (field(*media_params, "file") != nullptr ||
                                                      !array_field(*media_params, "sources").empty());
    if (has_file) changed("its " + machine_name(string_field(*type, "library")) + " media is not shown");
  }

  ConvertedInteraction take() { return std::move(result_); }

 private:
  const InteractionContext& context_;
  ConvertedInteraction result_;
};

void multi_choice(const json& params, Converting& out) {
  Question question;
  question.prompt = html_to_text(string_field(params, "question"));
  int correct = 0;
  for (const json& answer : array_field(params, "answers")) {
    Choice choice;
    choice.id = choice_id(question.choices.size());
    choice.text = html_to_text(string_field(answer, "text"));
    choice.correct = flag_field(answer, "correct", false);
    if (const json* tips = field(answer, "tipsAndFeedback")) {
      choice.feedback = html_to_text(string_field(*tips, "chosenFeedback"));
      if (!html_to_text(string_field(*tips, "tip")).empty())
        out.changed("the tip of answer '" + choice.id + "' is not converted");
      if (!html_to_text(string_field(*tips, "notChosenFeedback")).empty())
        out.changed("the not-chosen feedback of answer '" + choice.id + "' is not converted");
    }
    correct += choice.correct ? 1 : 0;
    question.choices.push_back(std::move(choice));
  }
  if (question.prompt.empty()) return out.not_converted("it has no question text");
  if (question.choices.size() < 2) return out.not_converted("it has fewer than two answers");
  if (correct == 0) {
    return out.not_converted(
        "no answer is marked correct (H5P then expects no box ticked; a Cuepoint question needs a correct "
        "choice)");
  }
  const json* behaviour_field = field(params, "behaviour");
  const json& behaviour = behaviour_field != nullptr ? *behaviour_field : json::object();
  const std::string mode = string_field(behaviour, "type");
  const bool single = mode == "single" || ((mode.empty() || mode == "auto") && correct == 1);
  if (single && correct > 1)
    out.changed("H5P's single-answer mode with several correct answers became multiple-choice");
  question.type = single && correct == 1 ? QuestionType::SingleChoice : QuestionType::MultipleChoice;
  // H5P scores a multi-answer question one point per correct answer unless "singlePoint".
  if (question.type == QuestionType::MultipleChoice && !flag_field(behaviour, "singlePoint", false))
    question.points = correct;
  out.check_media(params);
  out.add_graded(std::move(question), behaviour);
}

void true_false(const json& params, Converting& out) {
  Question question;
  question.type = QuestionType::TrueFalse;
  question.prompt = html_to_text(string_field(params, "question"));
  if (question.prompt.empty()) return out.not_converted("it has no question text");
  const bool answer = flag_field(params, "correct", true);
  const json* l10n = field(params, "l10n");
  std::string true_text = l10n != nullptr ? html_to_line(string_field(*l10n, "trueText")) : "";
  std::string false_text = l10n != nullptr ? html_to_line(string_field(*l10n, "falseText")) : "";
  question.choices.push_back({"true", true_text.empty() ? "True" : true_text, answer, "", {}});
  question.choices.push_back({"false", false_text.empty() ? "False" : false_text, !answer, "", {}});
  out.check_media(params);
  const json* behaviour = field(params, "behaviour");
  out.add_graded(std::move(question), behaviour != nullptr ? *behaviour : json::object());
}

void single_choice_set(const json& params, Converting& out) {
  const json* behaviour_field = field(params, "behaviour");
  const json& behaviour = behaviour_field != nullptr ? *behaviour_field : json::object();
  const json& sets = array_field(params, "choices");
  std::size_t number = 0;
  for (const json& set : sets) {
    ++number;
    Question question;
    question.type = QuestionType::SingleChoice;
    question.prompt = html_to_text(string_field(set, "question"));
    std::vector<std::string> answers;
    for (const json& answer : array_field(set, "answers")) {
      if (answer.is_string()) answers.push_back(html_to_text(answer.get<std::string>()));
    }
    const std::string which = "question " + std::to_string(number) + " of the set";
    if (question.prompt.empty()) {
      out.not_converted(which + " has no question text");
      continue;
    }
    if (answers.size() < 2) {
      out.not_converted(which + " has fewer than two answers");
      continue;
    }
    // H5P lists the correct answer first and shuffles on screen; a lesson keeps its
    // order, so the correct answer moves to a position that changes from question to
    // question instead of always being 'a'.
    const std::size_t correct_at = number % answers.size();
    std::rotate(answers.rbegin(), answers.rbegin() + static_cast<std::ptrdiff_t>(correct_at), answers.rend());
    for (std::size_t i = 0; i < answers.size(); ++i)
      question.choices.push_back({choice_id(i), answers[i], i == correct_at, "", {}});
    out.add_graded(std::move(question), behaviour);
  }
  if (sets.empty()) out.not_converted("the set has no questions");
}

void blanks(const json& params, Converting& out) {
  const json* behaviour_field = field(params, "behaviour");
  const json& behaviour = behaviour_field != nullptr ? *behaviour_field : json::object();
  const std::string task = html_to_text(string_field(params, "text"));
  bool any = false;
  bool tips = false;
  for (const json& html : array_field(params, "questions")) {
    if (!html.is_string()) continue;
    // Each paragraph is a sentence with its own blanks.
    const std::string text = html_to_text(html.get<std::string>());
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      const BlanksSentence sentence = parse_blanks(std::string_view(text).substr(start, end - start));
      for (std::size_t i = 0; i < sentence.blanks.size(); ++i) {
        Question question;
        question.type = QuestionType::Text;
        question.prompt = task.empty() ? sentence.prompt_for(i) : task + "\n" + sentence.prompt_for(i);
        question.accepted_answers = sentence.blanks[i].answers;
        tips = tips || !sentence.blanks[i].tip.empty();
        out.add_graded(std::move(question), behaviour);
        any = true;
      }
      start = end + 1;
    }
  }
  if (!any) return out.not_converted("it has no blanks (*answer*)");
  if (tips) out.changed("the tips of its blanks are not converted");
  if (flag_field(behaviour, "caseSensitive", true))
    out.changed("answers are matched ignoring letter case (H5P: case-sensitive)");
  if (flag_field(behaviour, "acceptSpellingErrors", false))
    out.changed("answers must be spelled exactly (H5P: minor spelling errors accepted)");
  out.check_media(params);
}

void note(const std::string& text, Converting& out) {
  if (text.empty()) return out.not_converted("it has no text");
  Question question;
  question.type = QuestionType::Note;
  question.prompt = text;
  out.add_ungraded(std::move(question));
}

void open(const std::string& prompt, Converting& out, const std::string& which, bool required) {
  if (prompt.empty()) return out.not_converted(which + "has no question text");
  Question question;
  question.type = QuestionType::Open;
  question.prompt = prompt;
  out.add_ungraded(std::move(question), required);
}

void questionnaire(const json& params, Converting& out) {
  const json& elements = array_field(params, "questionnaireElements");
  std::size_t number = 0;
  for (const json& element : elements) {
    ++number;
    const std::string which = "question " + std::to_string(number) + " of the questionnaire ";
    const json* library = field(element, "library");
    if (library == nullptr) continue;
    const std::string name = machine_name(string_field(*library, "library"));
    const json* element_params = field(*library, "params");
    const json& p = element_params != nullptr ? *element_params : json::object();
    const bool required = flag_field(element, "requiredField", false);
    if (name == "H5P.OpenEndedQuestion") {
      open(html_to_text(string_field(p, "question")), out, which, required);
    } else if (name == "H5P.SimpleMultiChoice") {
      Question question;
      question.type = QuestionType::Poll;
      question.prompt = html_to_text(string_field(p, "question"));
      for (const json& alternative : array_field(p, "alternatives")) {
        question.choices.push_back({choice_id(question.choices.size()),
                                    html_to_text(string_field(alternative, "text")),
                                    false,
                                    "",
                                    {}});
      }
      if (question.prompt.empty()) {
        out.not_converted(which + "has no question text");
      } else if (question.choices.size() < 2) {
        out.not_converted(which + "has fewer than two alternatives");
      } else {
        if (string_field(p, "inputType") == "checkbox")
          out.changed(which + "takes one answer (H5P: several boxes may be ticked)");
        out.add_ungraded(std::move(question), required);
      }
    } else {
      out.not_converted(which + "(" + string_field(*library, "library") + ") is of an unknown type");
    }
  }
  if (elements.empty()) out.not_converted("the questionnaire has no questions");
}

// Libraries that have no lesson equivalent, and why.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kNotConvertible{{
    {"H5P.DragQuestion", "drag-and-drop has no Cuepoint question type"},
    {"H5P.DragText", "drag-the-words has no Cuepoint question type"},
    {"H5P.MarkTheWords", "mark-the-words has no Cuepoint question type"},
    {"H5P.Summary", "a Summary (pick the true statement of each set) has no Cuepoint question type"},
    {"H5P.IVHotspot", "a navigation hotspot (a clickable area over the video) has no Cuepoint equivalent"},
    {"H5P.GoToQuestion",
     "a Crossroads question jumps to a different time for each choice; Cuepoint seeks only after a correct "
     "or "
     "incorrect answer"},
    {"H5P.Image", "images are not shown over the video"},
    {"H5P.Link", "links to web pages are not shown (the player works offline)"},
    {"H5P.Table", "tables are not shown (lesson prompts are plain text)"},
}};

}  // namespace

std::string machine_name(const std::string& library) { return library.substr(0, library.find(' ')); }

ConvertedInteraction convert_action(const std::string& library, const json& params,
                                    const InteractionContext& context) {
  Converting out(context);
  const std::string name = machine_name(library);
  if (name == "H5P.MultiChoice") {
    multi_choice(params, out);
  } else if (name == "H5P.TrueFalse") {
    true_false(params, out);
  } else if (name == "H5P.SingleChoiceSet") {
    single_choice_set(params, out);
  } else if (name == "H5P.Blanks") {
    blanks(params, out);
  } else if (name == "H5P.Text" || name == "H5P.AdvancedText") {
    note(html_to_text(string_field(params, "text")), out);
  } else if (name == "H5P.Questionnaire") {
    questionnaire(params, out);
  } else if (name == "H5P.FreeTextQuestion") {
    open(html_to_text(string_field(params, "question")), out, "it ", flag_field(params, "isRequired", false));
  } else if (name == "H5P.Nil") {  // a label: its text is the interaction's label
    note(context.label, out);
  } else if (name.empty()) {
    out.not_converted("it names no H5P library");
  } else {
    std::string reason = "an unknown H5P library: nothing of it is converted";
    for (const auto& [known, why] : kNotConvertible) {
      if (known == name) reason = why;
    }
    out.not_converted(std::move(reason));
  }
  return out.take();
}

}  // namespace cuepoint::h5p
