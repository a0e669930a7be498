// cue, chapter, captions and set: run as the real binary on a hand-written lesson
// full of comments and odd indentation; each edit must change only its own lines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "clip_folder_test.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// Tabs, comments inside and between elements, single quotes, a blank line, a
// prompt with inner spaces: what a teacher's editor leaves behind.
const std::string kHandWritten =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- Fractions, week 3. Written by hand: keep my comments! -->\n"
    "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"hand\" version=\"1\">\n"
    "\t<title>Hand written</title>\n"
    "\t<video src='clip.mp4'/>   <!-- the recording -->\n"
    "\t<chapter at=\"0\" title=\"Start\"/>\n"
    "\t<!-- first check -->\n"
    "\t<cue id=\"q1\" at=\"2\">\n"
    "\t\t<question type=\"single-choice\">\n"
    "\t\t\t<prompt>Pick   one</prompt>\n"
    "\t\t\t<choice id=\"a\" correct=\"true\">One</choice>\n"
    "\t\t\t<choice id=\"b\" correct=\"false\">Two</choice>\n"
    "\t\t\t<choice id=\"c\">Three</choice>\n"
    "\t\t\t<!-- rewatch the start -->\n"
    "\t\t\t<on-incorrect seek=\"0:00.5\"/>\n"
    "\t\t</question>\n"
    "\t</cue>\n"
    "\n"
    "\t<cue id=\"q2\" at=\"0:06\" pause=\"true\">\n"
    "\t\t<question type=\"note\"><prompt>Done</prompt></question>\n"
    "\t</cue>\n"
    "</lesson>\n";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class EditCommandsTest : public ClipFolderTest {
 protected:
  void SetUp() override {
    ClipFolderTest::SetUp();
    write_file(lesson_, kHandWritten);
  }
  void TearDown() override {
    // Read-only tests make the folder writable again so it can be removed.
    fs::permissions(dir_.path(), fs::perms::owner_all, fs::perm_options::add);
  }

  std::string lesson_text() const { return read_file(lesson_); }
  std::vector<std::string> folder_entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_.path()))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  std::string file_ = lesson_.string();
};

TEST_F(EditCommandsTest, CueAddInsertsOnlyTheNewCuesLinesInTimeOrder) {
  const ProcessResult result = author({"cue", "add", file_, "--at", "4", "--type", "true-false", "--prompt",
                                       "Sure?", "--correct", "true", "--feedback-incorrect", "Look again"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "added cue q3 at 0:04\n");
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "\t<cue id=\"q2\"",
                                    "\t<cue id=\"q3\" at=\"0:04\">\n"
                                    "\t\t<question type=\"true-false\">\n"
                                    "\t\t\t<prompt>Sure?</prompt>\n"
                                    "\t\t\t<choice id=\"true\" correct=\"true\">True</choice>\n"
                                    "\t\t\t<choice id=\"false\">False</choice>\n"
                                    "\t\t\t<feedback on=\"incorrect\">Look again</feedback>\n"
                                    "\t\t</question>\n"
                                    "\t</cue>\n"
                                    "\t<cue id=\"q2\""));
  EXPECT_EQ(author({"validate", file_}).exit_code, 0);
}

TEST_F(EditCommandsTest, CueAddOfEachTypeWritesWhatItTakes) {
  ASSERT_EQ(author({"cue", "add", file_, "--at", "1", "--type", "numeric", "--prompt", "3/4?", "--answer",
                    "0.75", "--tolerance", "0.01", "--points", "2"})
                .exit_code,
            0);
  ASSERT_EQ(author({"cue", "add", file_, "--at", "3", "--type", "text", "--prompt", "Bottom?", "--accept",
                    "denominator", "--accept", "the denominator", "--max-attempts", "3"})
                .exit_code,
            0);
  ASSERT_EQ(author({"cue", "add", file_, "--at", "4", "--type", "poll", "--prompt", "Ready?", "--choice",
                    "Yes", "--choice", "No", "--no-pause"})
                .exit_code,
            0);
  ASSERT_EQ(author({"cue", "add", file_, "--at", "5", "--type", "open", "--prompt", "Why?", "--optional"})
                .exit_code,
            0);
  const ProcessResult listed = author({"cue", "list", file_});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out,
            "q3\t0:01\tnumeric\t3/4?\n"
            "q1\t0:02\tsingle-choice\tPick one\n"
            "q4\t0:03\ttext\tBottom?\n"
            "q5\t0:04\tpoll (no pause)\tReady?\n"
            "q6\t0:05\topen (optional)\tWhy?\n"
            "q2\t0:06\tnote\tDone\n");
  const std::string text = lesson_text();
  EXPECT_THAT(text,
              HasSubstr("\t<cue id=\"q3\" at=\"0:01\">\n\t\t<question type=\"numeric\" points=\"2\">\n"
                        "\t\t\t<prompt>3/4?</prompt>\n\t\t\t<answer value=\"0.75\" tolerance=\"0.01\" />\n"));
  EXPECT_THAT(text,
              HasSubstr("\t\t<question type=\"text\" max-attempts=\"3\">\n\t\t\t<prompt>Bottom?</prompt>\n"
                        "\t\t\t<accept>denominator</accept>\n\t\t\t<accept>the denominator</accept>\n"));
  EXPECT_THAT(text, HasSubstr("\t<cue id=\"q5\" at=\"0:04\" pause=\"false\">\n"));
  EXPECT_THAT(text, HasSubstr("\t<cue id=\"q6\" at=\"0:05\" required=\"false\">\n"));
}

TEST_F(EditCommandsTest, CueEditChangesOnlyTheEditedValue) {
  const ProcessResult result = author({"cue", "edit", file_, "q1", "--prompt", "Pick one <or two>"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "edited cue q1 (at 0:02)\n");
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "Pick   one", "Pick one &lt;or two&gt;"));
  // The same text as the parser reads it ("Pick   one" is "Pick one"): nothing to write.
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--prompt", "Pick one <or two>"}).exit_code, 0);
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "Pick   one", "Pick one &lt;or two&gt;"));
}

TEST_F(EditCommandsTest, AttributesWrittenAtTheirDefaultStay) {
  // q2 says pause="true", choice b correct="false": an edit elsewhere in them keeps that.
  ASSERT_EQ(author({"cue", "edit", file_, "q2", "--prompt", "Bye"}).exit_code, 0);
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--correct", "a"}).exit_code, 0);
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "<prompt>Done</prompt>", "<prompt>Bye</prompt>"));
}

TEST_F(EditCommandsTest, CueEditCorrectByIdMovesOnlyTheCorrectAttribute) {
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--correct", "c"}).exit_code, 0);
  std::string expected = replaced(kHandWritten, "<choice id=\"a\" correct=\"true\">", "<choice id=\"a\">");
  expected = replaced(expected, "<choice id=\"c\">", "<choice id=\"c\" correct=\"true\">");
  EXPECT_EQ(lesson_text(), expected);
  // By number: the second choice.
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--correct", "2"}).exit_code, 0);
  EXPECT_THAT(lesson_text(), HasSubstr("<choice id=\"b\" correct=\"true\">Two</choice>"));
}

TEST_F(EditCommandsTest, CueEditAddsMissingPartsWithTheirSiblingsIndentation) {
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--feedback-correct", "Yes!", "--on-correct-seek", "5",
                    "--points", "3"})
                .exit_code,
            0);
  std::string expected = replaced(kHandWritten, "<question type=\"single-choice\">",
                                  "<question type=\"single-choice\" points=\"3\">");
  expected =
      replaced(expected, "\t\t\t<choice id=\"c\">Three</choice>\n",
               "\t\t\t<choice id=\"c\">Three</choice>\n\t\t\t<feedback on=\"correct\">Yes!</feedback>\n"
               "\t\t\t<on-correct seek=\"0:05\" />\n");
  EXPECT_EQ(lesson_text(), expected);
}

TEST_F(EditCommandsTest, CueRemoveTakesOnlyItsLines) {
  const ProcessResult result = author({"cue", "rm", file_, "q2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "removed cue q2\n");
  EXPECT_EQ(lesson_text(), replaced(kHandWritten,
                                    "\n\t<cue id=\"q2\" at=\"0:06\" pause=\"true\">\n\t\t<question "
                                    "type=\"note\"><prompt>Done</prompt></question>\n"
                                    "\t</cue>",
                                    ""));
}

TEST_F(EditCommandsTest, CueMoveKeepsTheCuesBytesAndTimeOrder) {
  const ProcessResult result = author({"cue", "move", file_, "q1", "--at", "0:07"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "moved cue q1 (at 0:07)\n");
  const std::string q1_start = "\t<cue id=\"q1\" at=\"2\">";
  const auto begin = kHandWritten.find(q1_start);
  const auto end = kHandWritten.find("\t</cue>\n", begin) + 8;
  std::string q1 = kHandWritten.substr(begin, end - begin);
  std::string expected = kHandWritten;
  expected.erase(begin, end - begin);
  q1 = replaced(q1, "at=\"2\"", "at=\"0:07\"");
  expected = replaced(expected, "\t</cue>\n</lesson>", "\t</cue>\n" + q1 + "</lesson>");
  EXPECT_EQ(lesson_text(), expected);
  EXPECT_EQ(author({"validate", file_}).exit_code, 0);
}

TEST_F(EditCommandsTest, MissingLessonFileIsNamed) {
  const std::string missing = (dir_ / "nowhere.xml").string();
  const ProcessResult result =
      author({"cue", "add", missing, "--at", "1", "--type", "note", "--prompt", "x"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author cue add: " + missing + ": no such lesson file\n");
}

TEST_F(EditCommandsTest, InvalidTimeIsAUsageErrorAndTouchesNothing) {
  const ProcessResult result =
      author({"cue", "add", file_, "--at", "1:75", "--type", "note", "--prompt", "x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err,
              HasSubstr("cuepoint-author cue add: --at 1:75: seconds '75' in time '1:75' must be less "
                        "than 60 (times are like 83.4, 1:23.4 or 1:02:03.5)\n"));
  EXPECT_EQ(lesson_text(), kHandWritten);
  const ProcessResult seek = author({"cue", "edit", file_, "q1", "--on-incorrect-seek", "0:5"});
  EXPECT_EQ(seek.exit_code, 2);
  EXPECT_THAT(seek.err, HasSubstr("--on-incorrect-seek 0:5: "));
}

TEST_F(EditCommandsTest, UnknownCueIdIsNamedWithTheOnesThereAre) {
  const ProcessResult result = author({"cue", "edit", file_, "q9", "--prompt", "x"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author cue edit: " + file_ + ": no cue 'q9' (its cues: q1, q2)\n");
  EXPECT_EQ(author({"cue", "rm", file_, "nope"}).err,
            "cuepoint-author cue rm: " + file_ + ": no cue 'nope' (its cues: q1, q2)\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, DuplicateCueIdIsRefused) {
  const ProcessResult result =
      author({"cue", "add", file_, "--id", "q1", "--at", "4", "--type", "note", "--prompt", "x"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author cue add: " + file_ + ": cue id 'q1' is already used by the cue at 0:02\n");
  const ProcessResult renamed = author({"cue", "edit", file_, "q2", "--id", "q1"});
  EXPECT_EQ(renamed.exit_code, 1);
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, CuePastTheVideosEndIsRefusedWithTheValidatorsPosition) {
  const ProcessResult result =
      author({"cue", "add", file_, "--at", "0:30", "--type", "note", "--prompt", "x"});
  EXPECT_EQ(result.exit_code, 1);
  // The new cue would be line 22, after q2, indented by one tab.
  EXPECT_EQ(result.err, file_ + ":22:2: error: cue 'q3' at 0:30 is beyond the end of the video (0:10)\n" +
                            "cuepoint-author cue add: " + file_ +
                            " was not changed: the edit would make it invalid (see above)\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
  EXPECT_EQ(folder_entries(),
            (std::vector<std::string>{"clip.mp4", "lesson.xml"}));  // no temporary file left
}

TEST_F(EditCommandsTest, SeekPastTheEndIsRefusedWithTheValidatorsPosition) {
  const ProcessResult result = author({"cue", "edit", file_, "q1", "--on-incorrect-seek", "0:20"});
  EXPECT_EQ(result.exit_code, 1);
  // The validator places seek targets at their question.
  EXPECT_EQ(result.err,
            file_ +
                ":9:3: error: <on-incorrect> seek target 0:20 of cue 'q1' is beyond the end of the "
                "video (0:10)\n" +
                "cuepoint-author cue edit: " + file_ +
                " was not changed: the edit would make it invalid (see above)\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, CorrectChoiceThatDoesNotExistIsRefused) {
  const ProcessResult result = author({"cue", "edit", file_, "q1", "--correct", "5"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author cue edit: --correct 5: the question of cue 'q1' has 3 choices (give 1 to 3, "
            "or an id: a, b, c)\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, ContentTheTypeForbidsIsRefusedByTheValidator) {
  // Two correct choices on a single-choice question: the validator's rule, at the question.
  const ProcessResult result = author({"cue", "edit", file_, "q1", "--correct", "a", "--correct", "b"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(file_ + ":9:3: error: "));
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, OptionTheTypeDoesNotTakeIsAUsageErrorNamingIt) {
  const ProcessResult result =
      author({"cue", "add", file_, "--at", "4", "--type", "single-choice", "--prompt", "x", "--answer", "3"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err,
              HasSubstr("cuepoint-author cue add: --answer does not apply to a single-choice question: it "
                        "is for numeric questions\n"));
  const ProcessResult note = author({"cue", "edit", file_, "q2", "--feedback-correct", "x"});
  EXPECT_EQ(note.exit_code, 2);
  EXPECT_THAT(note.err,
              HasSubstr("--feedback-correct does not apply to a note question: it is for graded questions"));
  const ProcessResult type = author({"cue", "add", file_, "--at", "4", "--type", "quiz", "--prompt", "x"});
  EXPECT_EQ(type.exit_code, 2);
  EXPECT_THAT(type.err, HasSubstr("--type quiz: unknown question type"));
  const ProcessResult missing = author({"cue", "add", file_, "--type", "note", "--prompt", "x"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("cuepoint-author cue add: --at is required"));
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, TypeChangeDropsWhatTheNewTypeDoesNotTake) {
  ASSERT_EQ(author({"cue", "edit", file_, "q1", "--type", "numeric", "--answer", "1"}).exit_code, 0);
  const std::string text = lesson_text();
  EXPECT_THAT(text, HasSubstr("\t\t<question type=\"numeric\">\n\t\t\t<prompt>Pick   one</prompt>\n"
                              "\t\t\t<answer value=\"1\" />\n\t\t\t<!-- rewatch the start -->\n"
                              "\t\t\t<on-incorrect seek=\"0:00.5\"/>\n"));
  EXPECT_EQ(text.find("<choice"), std::string::npos);
}

TEST_F(EditCommandsTest, ReadOnlyLessonIsRefusedAndLeftAlone) {
  fs::permissions(lesson_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const ProcessResult result = author({"cue", "rm", file_, "q2"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cuepoint-author cue rm: cannot edit " + file_ + ": " + file_ +
                            " is read-only (make it writable to edit it: chmod u+w " + file_ + ")\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, ReadOnlyFolderIsRefused) {
  fs::permissions(dir_.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                   fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const ProcessResult result = author({"set", file_, "--title", "New"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "cuepoint-author set: cannot edit " + file_ + ": the folder " + dir_.path().string() +
                " is read-only: an edit is written to a new file there, then renamed over the lesson\n");
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, EditKeepsTheFilesPermissions) {
  fs::permissions(lesson_, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ASSERT_EQ(author({"set", file_, "--title", "New"}).exit_code, 0);
  EXPECT_EQ(fs::status(lesson_).permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "Hand written", "New"));
}

TEST_F(EditCommandsTest, LessonWithErrorsIsNotEdited) {
  write_file(lesson_, replaced(kHandWritten, "at=\"0:06\"", "at=\"0:6\""));
  const ProcessResult result = author({"cue", "rm", file_, "q1"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(file_ + ":19:15: error: invalid at=\"0:6\" on <cue>"));
  EXPECT_THAT(result.err, HasSubstr("cuepoint-author cue rm: " + file_ + " has errors: fix them first"));
}

TEST_F(EditCommandsTest, ChapterAddListRemove) {
  const ProcessResult added = author({"chapter", "add", file_, "--at", "5", "--title", "Middle & end"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "added chapter 'Middle & end' at 0:05\n");
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "\t<chapter at=\"0\" title=\"Start\"/>\n",
                                    "\t<chapter at=\"0\" title=\"Start\"/>\n"
                                    "\t<chapter at=\"0:05\" title=\"Middle &amp; end\" />\n"));
  const ProcessResult listed = author({"chapter", "list", file_});
  EXPECT_EQ(listed.out, "0:00\tStart\n0:05\tMiddle & end\n");
  const ProcessResult removed = author({"chapter", "rm", file_, "--at", "0:05"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_EQ(lesson_text(), kHandWritten);
  const ProcessResult unknown = author({"chapter", "rm", file_, "--at", "9"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err,
            "cuepoint-author chapter rm: " + file_ + ": no chapter at 0:09 (chapters at 0:00)\n");
  const ProcessResult twice = author({"chapter", "add", file_, "--at", "0", "--title", "Again"});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_THAT(twice.err, HasSubstr(file_ + ":7:2: error: "));
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, CaptionsInsideTheFolderAreReferencedWhereTheyAre) {
  write_file(dir_ / "subs" / "en.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n");
  const ProcessResult result = author(
      {"captions", "add", file_, (dir_ / "subs" / "en.vtt").string(), "--lang", "en", "--label", "English"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "added captions subs/en.vtt (en)\n");
  // After the video's line, whose comment stays with it.
  EXPECT_EQ(lesson_text(), replaced(kHandWritten, "<!-- the recording -->\n",
                                    "<!-- the recording -->\n"
                                    "\t<captions src=\"subs/en.vtt\" lang=\"en\" label=\"English\" />\n"));
  EXPECT_EQ(author({"validate", file_}).exit_code, 0);
}

TEST_F(EditCommandsTest, CaptionsOutsideTheFolderAreCopiedIn) {
  const TempDir elsewhere("authoring-captions");
  const std::string french = "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n";
  write_file(elsewhere / "fr.vtt", french);
  const ProcessResult result =
      author({"captions", "add", file_, (elsewhere / "fr.vtt").string(), "--lang", "fr"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "copied " + (elsewhere / "fr.vtt").string() +
                " into the lesson folder as fr.vtt (a lesson may only name files inside its folder)\n"
                "added captions fr.vtt (fr)\n");
  EXPECT_EQ(read_file(dir_ / "fr.vtt"), french);
  EXPECT_THAT(lesson_text(), HasSubstr("\t<captions src=\"fr.vtt\" lang=\"fr\" />\n"));

  // A refused edit takes its copy back out.
  write_file(elsewhere / "de.vtt", "WEBVTT\n");
  const ProcessResult refused =
      author({"captions", "add", file_, (elsewhere / "de.vtt").string(), "--lang", "d e"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "de.vtt"));
  // So does one whose file holds no captions at all, with the reason.
  write_file(elsewhere / "es.vtt", "WEBVTT\n");
  const ProcessResult empty =
      author({"captions", "add", file_, (elsewhere / "es.vtt").string(), "--lang", "es"});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_THAT(empty.err, HasSubstr("es.vtt: it holds no cues"));
  EXPECT_FALSE(fs::exists(dir_ / "es.vtt"));
  const ProcessResult missing =
      author({"captions", "add", file_, (elsewhere / "none.vtt").string(), "--lang", "en"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "cuepoint-author captions add: " + (elsewhere / "none.vtt").string() +
                             ": no such captions file\n");
}

TEST_F(EditCommandsTest, SetWritesTitleAndSettings) {
  const ProcessResult result = author({"set", file_, "--title", "Fractions", "--pass-score", "70",
                                       "--max-attempts", "2", "--allow-skip-ahead", "false"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string expected = replaced(kHandWritten, "Hand written", "Fractions");
  expected = replaced(expected, "<!-- the recording -->\n",
                      "<!-- the recording -->\n"
                      "\t<settings allow-skip-ahead=\"false\" pass-score=\"70\" max-attempts=\"2\" />\n");
  EXPECT_EQ(lesson_text(), expected);
  // An existing <settings> has just the attribute changed.
  ASSERT_EQ(author({"set", file_, "--pass-score", "80.5"}).exit_code, 0);
  EXPECT_EQ(lesson_text(), replaced(expected, "pass-score=\"70\"", "pass-score=\"80.5\""));
}

TEST_F(EditCommandsTest, SetRefusesBadValues) {
  const ProcessResult high = author({"set", file_, "--pass-score", "150"});
  EXPECT_EQ(high.exit_code, 1);
  EXPECT_THAT(high.err, HasSubstr(file_ + ":6:"));
  const ProcessResult comma = author({"set", file_, "--pass-score", "7,5"});
  EXPECT_EQ(comma.exit_code, 2);
  EXPECT_THAT(comma.err, HasSubstr("cuepoint-author set: --pass-score 7,5: not a number"));
  const ProcessResult boolean = author({"set", file_, "--allow-skip-ahead", "yes"});
  EXPECT_EQ(boolean.exit_code, 2);
  EXPECT_THAT(boolean.err, HasSubstr("cuepoint-author set: --allow-skip-ahead yes: must be true or false"));
  const ProcessResult nothing = author({"set", file_});
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_THAT(nothing.err, HasSubstr("cuepoint-author set: nothing to set"));
  EXPECT_EQ(lesson_text(), kHandWritten);
}

TEST_F(EditCommandsTest, EverySubcommandHelpHasAnExample) {
  for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{{"validate"},
                                                                                       {"new"},
                                                                                       {"probe"},
                                                                                       {"set"},
                                                                                       {"cue", "add"},
                                                                                       {"cue", "list"},
                                                                                       {"cue", "edit"},
                                                                                       {"cue", "rm"},
                                                                                       {"cue", "move"},
                                                                                       {"chapter", "add"},
                                                                                       {"chapter", "rm"},
                                                                                       {"chapter", "list"},
                                                                                       {"captions", "add"},
                                                                                       {"preview"},
                                                                                       {"suggest"},
                                                                                       {"import-h5p"},
                                                                                       {"report"}}) {
    std::vector<std::string> arguments = command;
    arguments.emplace_back("--help");
    const ProcessResult help = author(arguments);
    EXPECT_EQ(help.exit_code, 0) << command.back();
    EXPECT_THAT(help.out, HasSubstr("xample")) << command.back();
    EXPECT_THAT(help.out, HasSubstr("cuepoint-author " + command.front())) << command.back();
    EXPECT_THAT(help.out, HasSubstr("Exit status: 0 ")) << command.back();
  }
}

}  // namespace
}  // namespace cuepoint::testing
