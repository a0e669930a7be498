// Every H5P Interactive Video in ../shared/fixtures/h5p/ (real content written outside
// this project, see SOURCES.md there), converted by cuepoint_h5p: exactly which cues,
// times, types, prompts, choices, correct answers, seeks and chapters it becomes, what
// is listed as not converted, and why a file without a local video is refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/json/bounded_json.hpp"
#include "h5p_lesson_text.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(CUEPOINT_SOURCE_DIR) / ".." / "shared" / "fixtures" / "h5p";

struct Imported {
  h5p::VideoChoice video;
  h5p::Conversion conversion;
};

class H5pFixtures : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(kFixtures)) GTEST_SKIP() << "no H5P fixtures at " << kFixtures.string();
  }

  static Imported import_fixture(const std::string& name) {
    const auto content = json_input::read_bounded_json(kFixtures / name, {std::size_t{16} << 20, 64});
    return {h5p::choose_video(content), h5p::convert(content, {})};
  }
};

// The suite names every file in the folder: a fixture added later fails here until it has its test.
TEST_F(H5pFixtures, EveryFixtureHasATest) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kFixtures)) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string().substr(0, 2));
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"01", "02", "03", "04", "05", "06", "07", "09", "12"}));
}

TEST_F(H5pFixtures, YouTubeNorwegianQuestionnaireMarkTheWordsMultiChoice) {
  const Imported imported =
      import_fixture("01-edlib-youtube-norwegian-questionnaire-markthewords-multichoice.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(
      imported.video.refusal,
      R"txt(no local video file: the video is on YouTube (https://www.youtube.com/watch?v=yw6kT7jvlx0))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interaktiv video'
video ''
settings skip-ahead yes, pass 100, attempts 0
cue q1 0:24 no-pause optional open 'Hvorfor Kiss eller AC/DC?'
cue q2 1:19 no-pause optional multiple-choice points 2 'Guitar brands'
  a* 'Ibanez'
  b* 'Fender'
  c 'Stentor'
  d 'ChickenWings'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(0:52 H5P.MarkTheWords 1.7 "Mark the Words": not converted: mark-the-words has no Cuepoint question type
)txt");
}

TEST_F(H5pFixtures, LocalMp4WithTmpMarkerNoInteractions) {
  const Imported imported = import_fixture("02-edlib-local-mp4-no-interactions.content.json");
  EXPECT_EQ(imported.video.local, std::optional<std::string>("videos/files-5a2f98d3cf06c.mp4"));
  EXPECT_EQ(imported.video.refusal, "");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video 'videos/files-5a2f98d3cf06c.mp4'
settings skip-ahead yes, pass 0, attempts 1
)txt");
  EXPECT_EQ(notes_text(imported.conversion.notes), "");
}

TEST_F(H5pFixtures, NoVideoAtAll) {
  const Imported imported = import_fixture("03-edlib-no-video.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(imported.video.refusal,
            R"txt(the content has no video (interactiveVideo.video has no "files"))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video ''
settings skip-ahead yes, pass 0, attempts 1
)txt");
  EXPECT_EQ(notes_text(imported.conversion.notes), "");
}

TEST_F(H5pFixtures, BrightcoveWithRemoteCaptionTrack) {
  const Imported imported = import_fixture("04-edlib-brightcove-nynorsk-caption-track.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(imported.video.refusal,
            R"txt(no local video file: the video is a BrightCove video (https://bc/12456))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video ''
settings skip-ahead yes, pass 0, attempts 1
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(text track 1 "Nynorsk": not converted: the caption file is remote (https://urltocaptions/text.vtt); only files in the package are imported
)txt");
}

TEST_F(H5pFixtures, RemoteMp4EveryInteractionTypeAtOneTime) {
  const Imported imported = import_fixture("05-lumi-hub-remote-mp4-all-interaction-types.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(
      imported.video.refusal,
      R"txt(no local video file: the video is a remote file (https://h5p.org/sites/default/files/h5p/iv.mp4, video/mp4))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video ''
settings skip-ahead yes, pass 100, attempts 0
cue q1 0:00 no-pause optional note 'Lorem ipsum dolor sit amet...'
cue q2 0:00.001 no-pause optional note 'a'
cue q3 0:00.002 no-pause optional single-choice 'a'
  a 'a'
  b* 'a'
cue q4 0:00.003 no-pause optional single-choice 'a'
  a* 'a'
  b 'a'
cue q5 0:00.004 no-pause optional single-choice 'a'
  a* 'aa'
  b 'a'
cue q6 0:00.005 no-pause optional true-false 'a'
  true* 'True'
  false 'False'
cue q7 0:00.006 no-pause optional true-false 'a'
  true* 'True'
  false 'False'
cue q8 0:00.007 no-pause optional open 'a'
cue q9 0:00.008 no-pause optional poll 'a'
  a 'a'
  b 'a'
cue q10 0:00.009 no-pause optional poll 'a'
  a 'a'
  b 'a'
cue q11 0:00.01 no-pause optional open 'a'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(0:00 H5P.Table 1.1 "Untitled Table": not converted: tables are not shown (lesson prompts are plain text)
0:00 H5P.Link 1.3 "Link": not converted: links to web pages are not shown (the player works offline)
0:00 H5P.Image 1.1 "Untitled Image": not converted: images are not shown over the video
0:00 H5P.Summary 1.10 "Untitled Summary": not converted: a Summary (pick the true statement of each set) has no Cuepoint question type
0:00 H5P.MultiChoice 1.14 "Untitled Multiple Choice": not converted: no answer is marked correct (H5P then expects no box ticked; a Cuepoint question needs a correct choice)
0:00 H5P.Blanks 1.12 "Untitled Fill in the Blanks": not converted: it has no blanks (*answer*)
0:00 H5P.Blanks 1.12 "Untitled Fill in the Blanks": not converted: it has no blanks (*answer*)
0:00 H5P.DragQuestion 1.13 "Untitled Drag and Drop": not converted: drag-and-drop has no Cuepoint question type
0:00 H5P.MarkTheWords 1.9 "Untitled Mark the Words": not converted: mark-the-words has no Cuepoint question type
0:00 H5P.DragText 1.8 "Untitled Drag Text": not converted: drag-the-words has no Cuepoint question type
0:00 H5P.GoToQuestion 1.3 "Crossroads": not converted: a Crossroads question jumps to a different time for each choice; Cuepoint seeks only after a correct or incorrect answer
0:00 H5P.IVHotspot 1.2 "Navigation Hotspot": not converted: a navigation hotspot (a clickable area over the video) has no Cuepoint equivalent
0:00 H5P.Questionnaire 1.3 "Untitled Questionnaire": changed: question 2 of the questionnaire takes one answer (H5P: several boxes may be ticked)
0:00 H5P.Text 1.1 "Untitled Text": changed: moved to 0:00.001: another cue is at 0:00 and lesson cues need distinct times
0:00 H5P.SingleChoiceSet 1.11 "Untitled Single Choice Set": changed: moved to 0:00.002: another cue is at 0:00.001 and lesson cues need distinct times
0:00 H5P.MultiChoice 1.14 "Untitled Multiple Choice": changed: moved to 0:00.004: another cue is at 0:00.003 and lesson cues need distinct times
0:00 H5P.TrueFalse 1.6 "Untitled True/False Question": changed: moved to 0:00.005: another cue is at 0:00.004 and lesson cues need distinct times
0:00 H5P.Questionnaire 1.3 "Untitled Questionnaire": changed: moved to 0:00.007: another cue is at 0:00.006 and lesson cues need distinct times
0:00 H5P.FreeTextQuestion 1.0 "Untitled Free Text Question": changed: moved to 0:00.01: another cue is at 0:00.009 and lesson cues need distinct times
1:06.017 endscreen "1:06 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
)txt");
}

TEST_F(H5pFixtures, BerrySmoothieBookmarksSeekToOutOfOrder) {
  const Imported imported =
      import_fixture("06-escolalms-berry-smoothie-webm-mp4-bookmarks-seekto.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(
      imported.video.refusal,
      R"txt(no local video file: source 1 is a remote file (https://h5p.org/sites/default/files/h5p/iv.webm, video/webm), source 2 is a remote file (https://h5p.org/sites/default/files/h5p/iv.mp4, video/mp4))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
description 'Press the buttons that appear during the video!'
video ''
settings skip-ahead yes, pass 100, attempts 0
chapter 0:02.56 'Recipe'
chapter 0:08.92252 'Preparing'
chapter 0:32.588481 'Mixing'
chapter 0:53.53 'Serving'
cue q1 0:02 no-pause optional note 'The ingredients for this delicious smoothie is:
• 1 cup milk
• 100g blueberries
• 200g strawberries
• 2 tablespoons condensed milk, sweetened
• 4 oatmeal cookies'
cue q2 0:10 no-pause optional single-choice 'What kind of berry is this?'
  a 'Blueberry'
  b* 'Strawberry'
cue q3 0:30 no-pause optional text 'Fill in the correct ingredients
Strawberries and _____berries are mixed with … and oatmeal … to make this delicious smoothie.'
  accept 'blue'
cue q4 0:30.001 no-pause optional text 'Fill in the correct ingredients
Strawberries and …berries are mixed with _____ and oatmeal … to make this delicious smoothie.'
  accept 'milk'
cue q5 0:30.002 no-pause optional text 'Fill in the correct ingredients
Strawberries and …berries are mixed with … and oatmeal _____ to make this delicious smoothie.'
  accept 'cookies'
cue q6 0:57 no-pause optional note 'Add a few berries on top of the glass and serve immediately!'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(H5P.Summary 1.10 (end-of-video summary, 9 statements): not converted: a Summary (pick the true statement of each set) has no Cuepoint question type
0:10 H5P.MultiChoice 1.16 "What kind of berry is this?": changed: its H5P.Image media is not shown
0:20 H5P.MarkTheWords 1.11 "Highlight the ingredients that have been added so far.": not converted: mark-the-words has no Cuepoint question type; its seek to 0:00 after a wrong answer is lost with it
0:30 H5P.Blanks 1.14 "Fill in the correct ingredients": changed: answers are matched ignoring letter case (H5P: case-sensitive)
0:45 H5P.DragQuestion 1.14 "Drag and drop": not converted: drag-and-drop has no Cuepoint question type
1:05.30785 endscreen "1:05 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
)txt");
}

TEST_F(H5pFixtures, SpanishYouTubeTrueFalseWithPause) {
  const Imported imported = import_fixture("07-h5p2elpx-spanish-youtube-truefalse-pause.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(
      imported.video.refusal,
      R"txt(no local video file: the video is on YouTube (https://www.youtube.com/watch?v=l2WWYBv0-YA))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video ''
settings skip-ahead yes, pass 0, attempts 0
cue q1 0:33 pause optional true-false '¿le dejó el padre al hijo menor de herencia un gato?'
  true* 'True'
  false 'False'
cue q2 3:56 pause optional true-false '¿querían los reyes casar a su hija con el Príncipe de Carabás?'
  true* 'True'
  false 'False'
cue q3 7:36 pause optional true-false '¿era del castillo, dueño un ogro?'
  true 'True'
  false* 'False'
cue q4 9:51 pause optional true-false '¿era el príncipe casado?'
  true 'True'
  false* 'False'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(12:08 endscreen "12:08 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
)txt");
}

TEST_F(H5pFixtures, LibraryTourLocalMp4AndVttCaptions) {
  const Imported imported = import_fixture("09-eqcronk-library-tour-local-mp4-vtt-captions.content.json");
  EXPECT_EQ(imported.video.local, std::optional<std::string>("videos/files-6a26cf59a7d56.mp4"));
  EXPECT_EQ(imported.video.refusal, "");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Interactive Video'
video 'videos/files-6a26cf59a7d56.mp4'
captions 'files/track-6a26cf9a76866.vtt' en 'Subtitles'
settings skip-ahead yes, pass 100, attempts 0
cue q1 0:26.992 pause optional multiple-choice points 2 'How do you find the library website?'
  a* 'library.northcentral.edu' feedback 'Yes! Nice Work!'
  b* 'libguides.northcentral.edu' feedback 'Yes! Nice Work!'
  c 'northcentral.edu' feedback 'hmm. This seems to take us to northcentral university's main page.'
cue q2 0:52.453 pause optional true-false 'Quick Links are designed so that you don't have to click around too much to find what you need.'
  true* 'True'
  false 'False'
cue q3 1:57.676 pause optional single-choice 'When do I use Jones Search?'
  a 'When searching for books.'
  b 'When looking for DVDs.'
  c 'When exploring articles (but the best way to look for articles is by searching via database)'
  d* 'All of the above.'
cue q4 3:28.879 pause optional single-choice 'What Citation Guides does TJ Jones Library have?'
  a 'MLA (Modern Language Association)'
  b* 'All of the above.'
  c 'SBL (Society of Biblical Literature)'
  d 'APA (American Psychological Association)'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(0:26.992 H5P.MultiChoice 1.16 "Library Homepage": changed: the tip of answer 'a' is not converted
0:26.992 H5P.MultiChoice 1.16 "Library Homepage": changed: the tip of answer 'b' is not converted
0:26.992 H5P.MultiChoice 1.16 "Library Homepage": changed: the tip of answer 'c' is not converted
3:05.877 H5P.Summary 1.10 "Research Guides Summary": not converted: a Summary (pick the true statement of each set) has no Cuepoint question type
)txt");
}

TEST_F(H5pFixtures, GermanPreventSkippingForwardNoRetry) {
  const Imported imported =
      import_fixture("12-mallweger-german-interactivebook-preventskipping-forward.content.json");
  EXPECT_EQ(imported.video.local, std::nullopt);
  EXPECT_EQ(
      imported.video.refusal,
      R"txt(no local video file: the video is on YouTube (https://www.youtube.com/watch?v=-C46WNVWtW8&ab_channel=RegierungBW))txt");
  EXPECT_EQ(lesson_text(imported.conversion.lesson), R"txt(lesson h5p-import 'Umweltbelastung Video'
video ''
settings skip-ahead no, pass 0, attempts 1
cue q1 0:26.87 pause optional true-false 'Die meisten Leute besitzen nur 1 digitales Endgerät.'
  true 'Wahr'
  false* 'Falsch'
cue q2 0:59.538 pause optional true-false 'Wäre die digitale Infrastruktur ein Land, so würde es beim Energieverbrauch an dritter stelle stehen.'
  true* 'Wahr'
  false 'Falsch'
cue q3 1:58.87 pause optional true-false 'Green IT bezeichnet Technologie, welche Ressourcen und Energie spart.'
  true* 'Wahr'
  false 'Falsch'
)txt");
  EXPECT_EQ(
      notes_text(imported.conversion.notes),
      R"txt(H5P.Summary 1.10 (end-of-video summary, 2 statements): not converted: a Summary (pick the true statement of each set) has no Cuepoint question type
0:00 endscreen "0:00 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
3:39.328087 endscreen "3:39 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
3:39.586304 endscreen "3:39 Submit screen": not converted: H5P's submit screen is not converted: the player shows the score when the lesson ends
)txt");
}
}  // namespace
}  // namespace cuepoint::testing
