// The lesson library picker: order, keys, type-to-search, mouse, wheel, empty lists and
// lessons that cannot be opened.
#include "cuepoint/ui/library_picker.hpp"

#include <gtest/gtest.h>

namespace cuepoint::ui {
namespace {

LibraryEntry entry(std::string path, std::string title, LessonState state = LessonState::NotStarted) {
  LibraryEntry e;
  e.path = std::move(path);
  e.title = std::move(title);
  e.state = state;
  return e;
}

LibraryEntry broken(std::string path, std::string problem) {
  LibraryEntry e = entry(path, path);
  e.problem = std::move(problem);
  return e;
}

std::vector<std::string> titles(const View& view) {
  std::vector<std::string> result;
  if (const Widget* list = view.find(ids::kLibraryList)) {
    for (const auto& item : list->children) result.push_back(item.name);
  }
  return result;
}

LibraryPicker usb_stick() {
  return LibraryPicker({LibrarySource::Folder, "/media/usb", "Ada"},
                       {entry("/u/zebra", "Zebras", LessonState::Finished),
                        broken("/u/odd", "lesson.xml:3:1: bad"), entry("/u/birds", "birds"),
                        entry("/u/maps", "Maps", LessonState::InProgress), entry("/u/apples", "Apples")});
}

TEST(LibraryPicker, UnfinishedFirstThenByTitleAndUnavailableLast) {
  auto picker = usb_stick();
  const auto view = picker.view();
  EXPECT_EQ(titles(view), (std::vector<std::string>{"Maps", "Apples", "birds", "Zebras", "/u/odd"}));
  EXPECT_EQ(view.focused_id, ids::library_item("/u/maps"));
  EXPECT_EQ(view.find(ids::kLibraryHeading)->name, "Lessons in /media/usb");
  const Widget* bad = view.find(ids::library_item("/u/odd"));
  ASSERT_NE(bad, nullptr);
  EXPECT_FALSE(bad->enabled);
  EXPECT_EQ(bad->description, "lesson.xml:3:1: bad");
}

TEST(LibraryPicker, ArrowsMoveEnterOpensAndABrokenLessonDoesNotOpen) {
  auto picker = usb_stick();
  EXPECT_EQ(picker.handle(KeyPress{Key::Down}), std::nullopt);
  EXPECT_EQ(picker.handle(KeyPress{Key::Enter}), LibraryCommand{OpenLesson{"/u/apples"}});
  picker.handle(KeyPress{Key::End});
  EXPECT_EQ(picker.view().focused_id, ids::library_item("/u/odd"));
  EXPECT_EQ(picker.handle(KeyPress{Key::Enter}), std::nullopt);
  picker.handle(KeyPress{Key::Down});  // stays on the last row
  EXPECT_EQ(picker.selected()->path, "/u/odd");
  picker.handle(KeyPress{Key::Home});
  picker.handle(KeyPress{Key::Up});  // stays on the first row
  EXPECT_EQ(picker.selected()->path, "/u/maps");
  EXPECT_EQ(picker.handle(KeyPress{Key::Escape}), LibraryCommand{QuitLibrary{}});
}

TEST(LibraryPicker, TypingFiltersByTitleAndEscapeClearsBeforeQuitting) {
  auto picker = usb_stick();
  picker.handle(TextInput{"B"});
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"birds", "Zebras"}));
  EXPECT_EQ(picker.view().find(ids::kLibrarySearch)->name, "Search: B");
  picker.handle(TextInput{"ir"});
  EXPECT_EQ(picker.handle(KeyPress{Key::Enter}), LibraryCommand{OpenLesson{"/u/birds"}});
  picker.handle(TextInput{"q"});
  EXPECT_TRUE(titles(picker.view()).empty());
  EXPECT_NE(picker.view().find(ids::kLibraryEmpty), nullptr);
  EXPECT_EQ(picker.handle(KeyPress{Key::Enter}), std::nullopt);
  picker.handle(KeyPress{Key::Backspace});
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"birds"}));
  EXPECT_EQ(picker.handle(KeyPress{Key::Escape}), std::nullopt);  // clears the search
  EXPECT_EQ(titles(picker.view()).size(), 5U);
  EXPECT_EQ(picker.handle(KeyPress{Key::Escape}), LibraryCommand{QuitLibrary{}});
}

TEST(LibraryPicker, BackspaceTakesBackAWholeCharacter) {
  LibraryPicker picker({LibrarySource::Folder, "/u", ""},
                       {entry("/u/ar", "\u0627\u0644\u0643\u0633\u0648\u0631")});
  picker.handle(TextInput{"\u0627\u0644x"});
  EXPECT_TRUE(titles(picker.view()).empty());
  picker.handle(KeyPress{Key::Backspace});
  EXPECT_EQ(titles(picker.view()).size(), 1U);
  picker.handle(KeyPress{Key::Backspace});  // one Arabic letter (two bytes) left
  EXPECT_EQ(picker.view().find(ids::kLibrarySearch)->name, "Search: \u0627");
}

TEST(LibraryPicker, ClickOpensTheRowAndAGreyedRowStaysShut) {
  auto picker = usb_stick();
  EXPECT_EQ(picker.handle(Activate{ids::library_item("/u/zebra")}), LibraryCommand{OpenLesson{"/u/zebra"}});
  EXPECT_EQ(picker.handle(Activate{ids::library_item("/u/odd")}), std::nullopt);
  EXPECT_EQ(picker.handle(Activate{"elsewhere"}), std::nullopt);
}

TEST(LibraryPicker, OnlyTheRowsThatFitAreInTheViewAndTheWheelAndSelectionScroll) {
  auto picker = usb_stick();
  picker.set_visible_rows(2);
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"Maps", "Apples"}));
  EXPECT_EQ(picker.view().find(ids::kLibraryPosition)->name, "1\u20132 of 5");
  picker.handle(Scroll{1});
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"Apples", "birds"}));
  picker.handle(Scroll{10});  // not past the end
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"Zebras", "/u/odd"}));
  picker.handle(Scroll{-10});
  picker.handle(KeyPress{Key::Down});
  picker.handle(KeyPress{Key::Down});  // the selection scrolls into view
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"Apples", "birds"}));
  EXPECT_EQ(picker.view().focused_id, ids::library_item("/u/birds"));
}

TEST(LibraryPicker, NewProgressReordersAndKeepsTheSelection) {
  auto picker = usb_stick();
  picker.handle(KeyPress{Key::Down});  // Apples
  auto entries = picker.entries();
  for (auto& e : entries) {
    if (e.path == "/u/apples") {
      e.state = LessonState::Finished;
      e.best_score = 2;
      e.max_score = 3;
    }
  }
  picker.set_entries(entries);
  EXPECT_EQ(titles(picker.view()), (std::vector<std::string>{"Maps", "birds", "Apples", "Zebras", "/u/odd"}));
  EXPECT_EQ(picker.selected()->path, "/u/apples");
  EXPECT_EQ(picker.view().find(ids::library_item("/u/apples"))->description,
            "Finished \u00b7 best 2 of 3 points");
}

TEST(LibraryPicker, ProgressIsWordedForTheLearner) {
  auto e = entry("/p", "P", LessonState::InProgress);
  e.resume_at = 83'500'000;
  EXPECT_EQ(describe_progress(e), "Left at 1:23");
  e.best_score = 1;
  e.max_score = 2;
  EXPECT_EQ(describe_progress(e), "Left at 1:23 \u00b7 1 of 2 points");
  EXPECT_EQ(describe_progress(entry("/p", "P")), "Not started");
  EXPECT_EQ(describe_progress(entry("/p", "P", LessonState::Finished)), "Finished");
}

TEST(LibraryPicker, EmptyListsSayHowToOpenALesson) {
  LibraryPicker recent({LibrarySource::Recent, "", ""}, {});
  const auto view = recent.view();
  EXPECT_EQ(view.find(ids::kLibraryHeading)->name, "Your recent lessons");
  ASSERT_NE(view.find(ids::kLibraryEmpty), nullptr);
  EXPECT_NE(view.find(ids::kLibraryEmpty)->name.find("cuepoint FOLDER"), std::string::npos);
  EXPECT_EQ(recent.handle(KeyPress{Key::Enter}), std::nullopt);
  EXPECT_EQ(recent.handle(KeyPress{Key::Down}), std::nullopt);
  EXPECT_EQ(recent.selected(), nullptr);
  LibraryPicker folder({LibrarySource::Folder, "/empty", ""}, {});
  EXPECT_NE(folder.view().find(ids::kLibraryEmpty)->name.find("lesson.xml"), std::string::npos);
}

}  // namespace
}  // namespace cuepoint::ui
