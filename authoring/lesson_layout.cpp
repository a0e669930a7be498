#include "lesson_layout.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::authoring {
namespace {

constexpr std::array<std::string_view, 7> kLessonOrder{"title",    "description", "video", "captions",
                                                       "settings", "chapter",     "cue"};
constexpr std::array<std::string_view, 7> kQuestionOrder{"prompt",   "choice",     "answer",      "accept",
                                                         "feedback", "on-correct", "on-incorrect"};

int rank(pugi::xml_node parent, std::string_view name) {
  const auto find = [name](const auto& order) {
    const auto found = std::find(order.begin(), order.end(), name);
    return found == order.end() ? -1 : static_cast<int>(found - order.begin());
  };
  if (std::strcmp(parent.name(), "lesson") == 0) return find(kLessonOrder);
  if (std::strcmp(parent.name(), "question") == 0) return find(kQuestionOrder);
  return -1;
}

}  // namespace

std::vector<pugi::xml_node> children_named(pugi::xml_node parent, std::string_view name) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && name == child.name()) found.push_back(child);
  }
  return found;
}

pugi::xml_node cue_element(pugi::xml_node root, std::string_view id) {
  for (pugi::xml_node cue : children_named(root, "cue")) {
    if (id == cue.attribute("id").value()) return cue;
  }
  return {};
}

void insert_in_order(SourceEditor& editor, pugi::xml_node parent, std::string_view name,
                     std::string_view element_xml) {
  const int new_rank = rank(parent, name);
  if (new_rank < 0) throw std::logic_error("insert_in_order: no order for <" + std::string(name) + ">");
  pugi::xml_node after;
  pugi::xml_node first;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    if (!first) first = child;
    const int child_rank = rank(parent, child.name());
    if (child_rank >= 0 && child_rank <= new_rank) after = child;
  }
  if (after) {
    editor.insert_after(after, element_xml);
  } else if (first) {
    editor.insert_before(first, element_xml);
  } else {
    throw std::logic_error("insert_in_order: <" + std::string(parent.name()) + "> has no child to stand by");
  }
}

void insert_timed(SourceEditor& editor, std::string_view name, lesson::Micros at,
                  std::string_view element_xml, bool verbatim, pugi::xml_node except) {
  const pugi::xml_node root = editor.root();
  for (pugi::xml_node sibling : children_named(root, name)) {
    if (sibling == except) continue;
    const auto sibling_at = lesson::parse_time(sibling.attribute("at").value());
    if (sibling_at && *sibling_at > at) {
      if (verbatim) {
        editor.insert_source_before(sibling, element_xml);
      } else {
        editor.insert_before(sibling, element_xml);
      }
      return;
    }
  }
  // After the last one (or the last element before this kind).
  pugi::xml_node after;
  const int new_rank = rank(root, name);
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element || child == except) continue;
    const int child_rank = rank(root, child.name());
    if (child_rank >= 0 && child_rank <= new_rank) after = child;
  }
  if (!after) throw std::logic_error("insert_timed: the lesson has no element to stand by");
  if (verbatim) {
    editor.insert_source_after(after, element_xml);
  } else {
    editor.insert_after(after, element_xml);
  }
}

}  // namespace cuepoint::authoring
