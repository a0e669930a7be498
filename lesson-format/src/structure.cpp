#include "structure.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

namespace cuepoint::lesson {
namespace {

enum class TextContent {
  None,            // only child elements (blank text is ignored)
  Required,        // non-blank text and no child elements
  BeforeChildren,  // non-blank text, optionally followed by child elements (<choice>)
};

struct ElementRule;

struct ChildRule {
  std::string_view name;
  int min_count;
  int max_count;  // kUnbounded for no limit
  const ElementRule* rule;
};

constexpr int kUnbounded = -1;

struct ElementRule {
  std::vector<std::string_view> required_attributes;
  std::vector<std::string_view> optional_attributes;
  TextContent text;
  std::vector<ChildRule> children;
};

const ElementRule kTextOnly{{}, {}, TextContent::Required, {}};
const ElementRule kVideo{{"src"}, {"sha256"}, TextContent::None, {}};
const ElementRule kCaptions{{"src", "lang"}, {"label"}, TextContent::None, {}};
const ElementRule kSettings{{}, {"allow-skip-ahead", "pass-score", "max-attempts"}, TextContent::None, {}};
const ElementRule kChapter{{"at", "title"}, {}, TextContent::None, {}};
const ElementRule kChoice{
    {"id"}, {"correct", "seal"}, TextContent::BeforeChildren, {{"feedback", 0, 1, &kTextOnly}}};
const ElementRule kSeal{{"version", "salt"}, {}, TextContent::None, {}};
const ElementRule kSealedAccept{{"sha256"}, {}, TextContent::None, {}};
const ElementRule kAnswer{{"value"}, {"tolerance"}, TextContent::None, {}};
const ElementRule kQuestionFeedback{{"on"}, {}, TextContent::Required, {}};
const ElementRule kSeek{{"seek"}, {}, TextContent::None, {}};
const ElementRule kQuestion{{"type"},
                            {"points", "max-attempts"},
                            TextContent::None,
                            {{"prompt", 1, 1, &kTextOnly},
                             {"choice", 0, kUnbounded, &kChoice},
                             {"answer", 0, 1, &kAnswer},
                             {"accept", 0, kUnbounded, &kTextOnly},
                             {"sealed-accept", 0, kUnbounded, &kSealedAccept},
                             {"feedback", 0, 2, &kQuestionFeedback},
                             {"on-correct", 0, 1, &kSeek},
                             {"on-incorrect", 0, 1, &kSeek}}};
const ElementRule kCue{
    {"id", "at"}, {"pause", "required"}, TextContent::None, {{"question", 1, 1, &kQuestion}}};
const ElementRule kLesson{{"xmlns", "id", "version"},
                          {"xml:lang"},
                          TextContent::None,
                          {{"title", 1, 1, &kTextOnly},
                           {"description", 0, 1, &kTextOnly},
                           {"video", 1, 1, &kVideo},
                           {"captions", 0, kUnbounded, &kCaptions},
                           {"settings", 0, 1, &kSettings},
                           {"seal", 0, 1, &kSeal},
                           {"chapter", 0, kUnbounded, &kChapter},
                           {"cue", 0, kUnbounded, &kCue}}};

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string excerpt(std::string_view text) {
  std::string collapsed;
  for (char c : text) {
    if (std::string_view(" \t\r\n").find(c) != std::string_view::npos) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += c;
    }
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  constexpr std::size_t kMaxExcerpt = 30;
  if (collapsed.size() > kMaxExcerpt) {
    std::size_t cut = kMaxExcerpt;
    while (cut > 0 && (static_cast<unsigned char>(collapsed[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    collapsed = collapsed.substr(0, cut) + "...";
  }
  return "'" + collapsed + "'";
}

std::string list_names(const std::vector<std::string_view>& names, bool as_elements) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? (names.size() > 2 ? ", or " : " or ") : ", ";
    list += as_elements ? element_name(names[i]) : "'" + std::string(names[i]) + "'";
  }
  return list;
}

void check_attributes(pugi::xml_node node, const ElementRule& rule, ParseContext& context) {
  const std::string element = element_name(node.name());
  std::set<std::string_view> seen;
  for (pugi::xml_attribute attribute : node.attributes()) {
    const std::string_view name = attribute.name();
    const bool known = std::find(rule.required_attributes.begin(), rule.required_attributes.end(), name) !=
                           rule.required_attributes.end() ||
                       std::find(rule.optional_attributes.begin(), rule.optional_attributes.end(), name) !=
                           rule.optional_attributes.end();
    if (!seen.insert(name).second) {
      context.error(context.locate(attribute),
                    "attribute '" + std::string(name) + "' appears twice on " + element);
    } else if (!known) {
      std::vector<std::string_view> allowed = rule.required_attributes;
      allowed.insert(allowed.end(), rule.optional_attributes.begin(), rule.optional_attributes.end());
      std::erase(allowed, "xmlns");
      context.error(
          context.locate(attribute),
          "unknown attribute '" + std::string(name) + "' on " + element +
              (allowed.empty() ? "; it takes no attributes" : "; expected " + list_names(allowed, false)));
    }
  }
  for (std::string_view name : rule.required_attributes) {
    if (!seen.contains(name)) {
      context.error(context.locate(node),
                    element + " is missing the required attribute '" + std::string(name) + "'");
    }
  }
}

void check_element(pugi::xml_node node, const ElementRule& rule, ParseContext& context);

void check_children(pugi::xml_node node, const ElementRule& rule, ParseContext& context) {
  const std::string element = element_name(node.name());
  std::vector<int> counts(rule.children.size(), 0);
  std::size_t last_rank = 0;
  pugi::xml_node last_child;
  bool seen_child = false;
  bool seen_element = false;
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      if (is_blank(child.value())) continue;
      if (rule.text == TextContent::None) {
        context.error(context.locate_text(child), "unexpected text " + excerpt(child.value()) + " in " +
                                                      element + "; it holds only elements");
      } else if (seen_element) {
        context.error(context.locate_text(child), "text " + excerpt(child.value()) + " after " +
                                                      element_name(last_child.name()) + " in " + element +
                                                      "; the text must come before it");
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    seen_element = true;
    const auto rank_it =
        std::find_if(rule.children.begin(), rule.children.end(),
                     [&](const ChildRule& candidate) { return candidate.name == child.name(); });
    if (rank_it == rule.children.end()) {
      std::vector<std::string_view> allowed;
      for (const ChildRule& candidate : rule.children) allowed.push_back(candidate.name);
      context.error(
          context.locate(child),
          "unknown element " + element_name(child.name()) + " in " + element +
              (allowed.empty() ? "; it cannot contain elements" : "; expected " + list_names(allowed, true)));
      continue;
    }
    const auto rank = static_cast<std::size_t>(rank_it - rule.children.begin());
    const ChildRule& child_rule = *rank_it;
    if (seen_child && rank < last_rank) {
      context.error(context.locate(child), element_name(child.name()) + " must come before " +
                                               element_name(last_child.name()) + " in " + element);
    }
    if (child_rule.max_count != kUnbounded && counts[rank] == child_rule.max_count) {
      context.error(context.locate(child),
                    child_rule.max_count == 1
                        ? element + " may contain only one " + element_name(child.name())
                        : element + " may contain at most " + std::to_string(child_rule.max_count) + " " +
                              element_name(child.name()) + " elements");
    }
    ++counts[rank];
    if (!seen_child || rank >= last_rank) {
      last_rank = rank;
      last_child = child;
    }
    seen_child = true;
    check_element(child, *child_rule.rule, context);
  }
  for (std::size_t i = 0; i < rule.children.size(); ++i) {
    if (counts[i] < rule.children[i].min_count) {
      context.error(context.locate(node), element + " is missing its " + element_name(rule.children[i].name));
    }
  }
  if (rule.text != TextContent::None && element_text(node).empty()) {
    context.error(context.locate(node), element + " is empty; expected text");
  }
}

void check_element(pugi::xml_node node, const ElementRule& rule, ParseContext& context) {
  check_attributes(node, rule, context);
  check_children(node, rule, context);
}

}  // namespace

void check_structure(pugi::xml_node root, ParseContext& context) { check_element(root, kLesson, context); }

std::string element_text(pugi::xml_node node) {
  std::string text;
  bool pending_space = false;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) break;
    if (!is_text(child)) continue;
    for (const char* c = child.value(); *c != '\0'; ++c) {
      if (*c == ' ' || *c == '\t' || *c == '\r' || *c == '\n') {
        pending_space = !text.empty();
        continue;
      }
      if (pending_space) text += ' ';
      pending_space = false;
      text += *c;
    }
  }
  return text;
}

}  // namespace cuepoint::lesson
