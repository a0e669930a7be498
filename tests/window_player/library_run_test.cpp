// The lesson library in the window under SDL's dummy video driver: `cuepoint DIR` with both
// samples and a broken lesson, a lesson picked and played to the end with scripted keys, back
// in the picker with its progress; `cuepoint` alone lists it as a recent lesson, and says so
// when there are none; a recent lesson whose folder is gone is shown as unavailable.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cuepoint/package/package_writer.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/ui/library_picker.hpp"
#include "process.hpp"
#include "scripted_student.hpp"
#include "temp_dir.hpp"

namespace cuepoint::window_player::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const fs::path kSource = CUEPOINT_SOURCE_DIR;

nlohmann::json read_json(const fs::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

WindowOptions library_window(const fs::path& folder, const fs::path& database) {
  WindowOptions options;
  options.lesson = folder;
  options.database = database;
  options.learner = "ada";
  options.clock = media::ClockMode::Untimed;
  options.audio = false;
  options.display.width = 960;
  options.display.height = 540;
  options.display.software = true;
  options.display.hidden = true;
  return options;
}

// A USB stick: both samples (copied: links out of the folder are not followed), the Arabic one
// also as a package, and a broken lesson.
fs::path make_stick(const fs::path& dir) {
  const fs::path stick = dir / "stick";
  fs::create_directories(stick / "maths");
  fs::copy(kSource / "samples" / "intro-fractions", stick / "maths" / "intro-fractions",
           fs::copy_options::recursive);
  fs::copy(kSource / "samples" / "fraction-of-a-number-ar", stick / "fraction-ar",
           fs::copy_options::recursive);
  fs::create_directories(stick / "packs");
  std::vector<package::PackFile> files;
  for (const char* name : {"lesson.xml", "lecture.mp4", "captions.ar.vtt", "captions.en.vtt"})
    files.push_back({name, kSource / "samples" / "fraction-of-a-number-ar" / name});
  package::write_package(stick / "packs" / "arabic.cuepoint", files);
  fs::create_directories(stick / "broken");
  std::ofstream(stick / "broken" / "lesson.xml") << "<lesson id='broken'><title>Broken</title>";
  return stick;
}

const ui::Widget* list_of(const ui::View& view) { return view.find(ui::ids::kLibraryList); }

// The scripted student, who also picks a lesson in the library by keys and leaves it at the end.
class LibraryStudent : public WindowObserver {
 public:
  LibraryStudent(nlohmann::json answers, std::string pick_title)
      : student_(std::move(answers)), pick_(std::move(pick_title)) {}

  void session_event(const session::SessionEvent& event) override { student_.session_event(event); }
  void idle(WindowControl& control) override {
    if (control.screen() != ui::Screen::Library) {
      student_.idle(control);
      return;
    }
    const ui::View view = control.view();
    if (!first_) first_ = view;
    if (picked_ && !returned_) {
      returned_ = view;  // back in the picker after the lesson
      control.quit();
      return;
    }
    if (picked_) return;
    const ui::Widget* list = list_of(view);
    if (!list) return;
    // Down to the row, then Enter, as a learner would.
    std::size_t focused = 0, wanted = list->children.size();
    for (std::size_t i = 0; i < list->children.size(); ++i) {
      if (list->children[i].id == view.focused_id) focused = i;
      if (list->children[i].name == pick_) wanted = i;
    }
    ASSERT_LT(wanted, list->children.size()) << "no row titled " << pick_;
    for (std::size_t i = focused; i < wanted; ++i) push_key(SDLK_DOWN);
    push_key(SDLK_RETURN);
    picked_ = true;
  }

  const ScriptedStudent& student() const { return student_; }
  const std::optional<ui::View>& first() const { return first_; }
  const std::optional<ui::View>& returned() const { return returned_; }

 private:
  ScriptedStudent student_;
  std::string pick_;
  bool picked_ = false;
  std::optional<ui::View> first_;
  std::optional<ui::View> returned_;
};

// Looks at the picker once every lesson that can be opened shows its duration (the
// previews are made after the list is on screen, one per pass), and quits.
struct Glance : WindowObserver {
  std::optional<ui::View> seen;
  int passes = 0;
  void idle(WindowControl& control) override {
    if (control.screen() != ui::Screen::Library) return;
    seen = control.view();
    bool previewed = true;
    if (const ui::Widget* list = seen->find(ui::ids::kLibraryList)) {
      for (const auto& row : list->children) previewed = previewed && (!row.enabled || !row.value.empty());
    }
    if (previewed || ++passes > 500) control.quit();
  }
};

TEST(LibraryWindow, PicksALessonPlaysItToTheEndAndComesBackWithItsProgress) {
  const cuepoint::testing::TempDir dir("library-window");
  const fs::path stick = make_stick(dir.path());
  const fs::path database = dir.path() / "device.sqlite";
  const auto options = library_window(stick, database);
  LibraryStudent learner(read_json(stick / "maths" / "intro-fractions" / "answers.json"),
                         "Equivalent fractions");
  ASSERT_EQ(run_library(options, &learner), kExitOk);

  ASSERT_TRUE(learner.first());
  const ui::Widget* list = list_of(*learner.first());
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->children.size(), 4U);
  const ui::Widget* packed =
      learner.first()->find(ui::ids::library_item((stick / "packs" / "arabic.cuepoint").string()));
  ASSERT_NE(packed, nullptr);
  EXPECT_TRUE(packed->enabled) << packed->description;
  EXPECT_EQ(packed->name, "\u0643\u0633\u0631 \u0645\u0646 \u0639\u062f\u062f");
  const ui::Widget& broken = list->children.back();  // listed last, greyed, with its reason
  EXPECT_EQ(broken.id, ui::ids::library_item((stick / "broken").string()));
  EXPECT_FALSE(broken.enabled);
  EXPECT_THAT(broken.description, HasSubstr("lesson.xml"));
  EXPECT_EQ(learner.first()->find(ui::ids::kLibraryHeading)->name, "Lessons in " + stick.string());

  ASSERT_TRUE(learner.student().reached_end());
  ASSERT_TRUE(learner.returned());
  const ui::Widget* played =
      learner.returned()->find(ui::ids::library_item((stick / "maths" / "intro-fractions").string()));
  ASSERT_NE(played, nullptr);
  EXPECT_THAT(played->description, StartsWith("Finished"));
  EXPECT_EQ(played->status, ui::Status::Correct);
  EXPECT_EQ(list_of(*learner.returned())->children.back().id, broken.id);

  // The answers are in the store, and the lesson is a recent one of this learner.
  auto store = store::Store::open_read_only(database);
  EXPECT_FALSE(store.attempts().empty());
  const auto recent = store.recent_lessons("ada", 10);
  ASSERT_EQ(recent.size(), 1U);
  EXPECT_EQ(fs::path(recent[0].lesson_path), fs::absolute(stick / "maths" / "intro-fractions"));

  // `cuepoint` alone: the recent lessons, finished; then the stick is taken out.
  Glance recent_list;
  ASSERT_EQ(run_library(library_window({}, database), &recent_list), kExitOk);
  ASSERT_TRUE(recent_list.seen);
  EXPECT_EQ(recent_list.seen->find(ui::ids::kLibraryHeading)->name, "Your recent lessons");
  ASSERT_NE(list_of(*recent_list.seen), nullptr);
  ASSERT_EQ(list_of(*recent_list.seen)->children.size(), 1U);
  EXPECT_THAT(list_of(*recent_list.seen)->children[0].description, StartsWith("Finished"));
  EXPECT_EQ(list_of(*recent_list.seen)->children[0].value,
            "3:10");  // the duration, probed after the list showed

  fs::remove_all(stick);
  Glance gone;
  ASSERT_EQ(run_library(library_window({}, database), &gone), kExitOk);
  ASSERT_TRUE(gone.seen);
  const auto& row = list_of(*gone.seen)->children.at(0);
  EXPECT_FALSE(row.enabled);
  EXPECT_THAT(row.description, HasSubstr("Not available"));
}

TEST(LibraryWindow, NoRecentLessonsSaysHowToOpenOne) {
  const cuepoint::testing::TempDir dir("library-empty");
  Glance glance;
  ASSERT_EQ(run_library(library_window({}, dir.path() / "device.sqlite"), &glance), kExitOk);
  ASSERT_TRUE(glance.seen);
  ASSERT_NE(glance.seen->find(ui::ids::kLibraryEmpty), nullptr);
  EXPECT_THAT(glance.seen->find(ui::ids::kLibraryEmpty)->name, HasSubstr("cuepoint FOLDER"));
  EXPECT_FALSE(fs::exists(dir.path() / "device.sqlite"));  // looking creates nothing
}

TEST(LibraryWindow, ALinkOutOfTheFolderIsNotFollowed) {
  const cuepoint::testing::TempDir dir("library-link");
  const fs::path stick = dir.path() / "stick";
  fs::create_directories(stick);
  fs::create_directory_symlink(kSource / "samples" / "intro-fractions", stick / "outside");
  Glance glance;
  ASSERT_EQ(run_library(library_window(stick, dir.path() / "device.sqlite"), &glance), kExitOk);
  ASSERT_TRUE(glance.seen);
  EXPECT_EQ(list_of(*glance.seen), nullptr);
  EXPECT_NE(glance.seen->find(ui::ids::kLibraryEmpty), nullptr);
}

TEST(LibraryWindow, HeadlessRefusesAFolderOfLessons) {
  const cuepoint::testing::TempDir dir("library-headless");
  const fs::path stick = dir.path() / "stick";
  fs::create_directories(stick);
  const auto result = cuepoint::testing::run({CUEPOINT_BIN, stick.string(), "--headless"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("is a folder of lessons"));
  const auto events = cuepoint::testing::run({CUEPOINT_BIN, stick.string(), "--events", "-"});
  EXPECT_EQ(events.exit_code, 2);
  EXPECT_THAT(events.err, HasSubstr("name the lesson"));
}

}  // namespace
}  // namespace cuepoint::window_player::testing
