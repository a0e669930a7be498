// The converter's rules on small hand-made Interactive Videos: video sources,
// adaptivity, required and skipping settings, attempts and pass score, items after
// the end of the video, bookmarks, and what is listed as not converted.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/h5p/h5p_error.hpp"
#include "h5p_lesson_text.hpp"

namespace cuepoint::h5p {
namespace {

using nlohmann::json;
using testing::lesson_text;
using testing::notes_text;

json content(json interactions, json override_group = json::object(), json extra_assets = json::object()) {
  json assets = extra_assets;
  assets["interactions"] = std::move(interactions);
  return {{"interactiveVideo",
           {{"video", {{"files", json::array({{{"path", "videos/v.mp4"}, {"mime", "video/mp4"}}})}}},
            {"assets", assets}}},
          {"override", override_group}};
}

json interaction(double from, const std::string& library, json params, json extra = json::object()) {
  json result = std::move(extra);
  result["duration"] = {{"from", from}, {"to", from}};  // zero length, as real content has
  result["action"] = {{"library", library}, {"params", std::move(params)}};
  if (!result.contains("pause")) result["pause"] = true;
  return result;
}

json true_false(const std::string& question, bool correct, json behaviour = json::object()) {
  return {
      {"question", question}, {"correct", correct ? "true" : "false"}, {"behaviour", std::move(behaviour)}};
}

json video_files(json files) { return {{"interactiveVideo", {{"video", {{"files", std::move(files)}}}}}}; }

TEST(H5pConverter, ContentThatIsNotAnInteractiveVideoIsRefused) {
  try {
    convert(json{{"chapters", json::array()}}, {});
    FAIL() << "no H5pError";
  } catch (const H5pError& error) {
    EXPECT_STREQ(error.what(),
                 "not the parameters of an H5P Interactive Video: there is no \"interactiveVideo\" object at "
                 "the top level");
  }
}

TEST(H5pConverter, VideoSources) {
  EXPECT_EQ(
      choose_video(video_files(json::array({{{"path", "https://youtu.be/abc"}, {"mime", "video/mp4"}}})))
          .refusal,
      "no local video file: the video is on YouTube (https://youtu.be/abc)");
  EXPECT_EQ(choose_video(video_files(json::array({{{"path", "../../etc/v.mp4"}}}))).refusal,
            "no local video file: the video names '../../etc/v.mp4', which is not a relative path inside the "
            "content folder");
  EXPECT_EQ(
      choose_video(video_files(json::array({{{"path", "/etc/v.mp4"}}}))).refusal,
      "no local video file: the video names '/etc/v.mp4', which is not a relative path inside the content "
      "folder");
  EXPECT_FALSE(choose_video(video_files(json::array({{{"path", "videos/a\x01.mp4"}}}))).local);
  EXPECT_EQ(choose_video(video_files(json::array())).refusal,
            "the content has no video (interactiveVideo.video.files is empty)");
  // The first local source wins, remote ones before it are passed over; "#tmp" is the editor's marker.
  const VideoChoice mixed = choose_video(video_files(json::array(
      {{{"path", "https://example.org/v.webm"}, {"mime", "video/webm"}}, {{"path", "videos/v.mp4#tmp"}}})));
  EXPECT_EQ(mixed.local, "videos/v.mp4");
  EXPECT_EQ(mixed.refusal, "");
}

TEST(H5pConverter, AdaptivityBecomesSeeksAndFeedbackOfGradedQuestions) {
  const json adaptivity = {
      {"wrong", {{"seekTo", 4.5}, {"message", "<p>Watch &amp; learn</p>"}, {"allowOptOut", false}}},
      {"correct", {{"seekTo", 20}, {"message", "Well done"}}}};
  const json set = {
      {"choices", json::array({{{"question", "<p>One?</p>"}, {"answers", {"<p>yes</p>", "no", "maybe"}}},
                               {{"question", "Two?"}, {"answers", {"right", "wrong"}}}})}};
  const Conversion result = convert(
      content(json::array({interaction(10, "H5P.SingleChoiceSet 1.11", set, {{"adaptivity", adaptivity}})})),
      {});
  // Wrong answers of any question seek; the correct branch follows the set's last question.
  EXPECT_EQ(lesson_text(result.lesson), R"(lesson h5p-import 'Imported H5P video'
video 'videos/v.mp4'
settings skip-ahead yes, pass 0, attempts 0
cue q1 0:10 pause optional single-choice 'One?'
  a 'maybe'
  b* 'yes'
  c 'no'
  on incorrect 'Watch & learn'
  incorrect seek 0:04.5
cue q2 0:10.001 pause optional single-choice 'Two?'
  a* 'right'
  b 'wrong'
  on correct 'Well done'
  on incorrect 'Watch & learn'
  correct seek 0:20
  incorrect seek 0:04.5
)");
  EXPECT_EQ(notes_text(result.notes), "");
}

TEST(H5pConverter, RequireCompletionMakesTheCueRequired) {
  const Conversion result =
      convert(content(json::array({interaction(3, "H5P.TrueFalse 1.8", true_false("Sky is blue", true),
                                               {{"adaptivity", {{"requireCompletion", true}}}})})),
              {});
  EXPECT_TRUE(result.lesson.cues.at(0).required);
  EXPECT_EQ(notes_text(result.notes),
            "0:03 H5P.TrueFalse 1.8: changed: it must be answered before going on, but not necessarily "
            "correctly (H5P: full score required)\n");
}

TEST(H5pConverter, QuestionnaireQuestionsKeepTheirRequiredFlag) {
  const json element_open = {
      {"library", {{"library", "H5P.OpenEndedQuestion 1.0"}, {"params", {{"question", "Why?"}}}}},
      {"requiredField", true}};
  const json element_poll = {{"library",
                              {{"library", "H5P.SimpleMultiChoice 1.1"},
                               {"params",
                                {{"question", "Mood?"},
                                 {"inputType", "radio"},
                                 {"alternatives", {{{"text", "ok"}}, {{"text", "meh"}}}}}}}},
                             {"requiredField", false}};
  const Conversion result = convert(
      content(
          json::array({interaction(8, "H5P.Questionnaire 1.3",
                                   {{"questionnaireElements", json::array({element_open, element_poll})}})})),
      {});
  EXPECT_EQ(lesson_text(result.lesson), R"(lesson h5p-import 'Imported H5P video'
video 'videos/v.mp4'
settings skip-ahead yes, pass 0, attempts 1
cue q1 0:08 pause required open 'Why?'
cue q2 0:08.001 pause optional poll 'Mood?'
  a 'ok'
  b 'meh'
)");
  EXPECT_EQ(notes_text(result.notes), "");
}

TEST(H5pConverter, CaptionTracksWithAFileInThePackage) {
  json input = content(json::array());
  input["interactiveVideo"]["video"]["textTracks"] = {
      {"videoTrack",
       json::array({{{"label", "Deutsch"}, {"srcLang", "de"}, {"track", {{"path", "files/de.vtt"}}}},
                    {{"label", "Bad"}, {"srcLang", "de_DE"}, {"track", {{"path", "files/bad.vtt"}}}},
                    {{"label", "Escape"}, {"srcLang", "en"}, {"track", {{"path", "../x.vtt"}}}},
                    {{"label", "Empty"}, {"srcLang", "en"}}})}};
  const Conversion result = convert(input, {});
  ASSERT_EQ(result.caption_files.size(), 1u);
  EXPECT_EQ(result.caption_files[0].source, "files/de.vtt");
  EXPECT_EQ(lesson_text(result.lesson), R"(lesson h5p-import 'Imported H5P video'
video 'videos/v.mp4'
captions 'files/de.vtt' de 'Deutsch'
settings skip-ahead yes, pass 0, attempts 1
)");
  EXPECT_EQ(
      notes_text(result.notes),
      "text track 2 \"Bad\": not converted: its language 'de_DE' is not a language tag\n"
      "text track 3 \"Escape\": not converted: its file '../x.vtt' is not a relative path inside the content "
      "folder\n");
}

TEST(H5pConverter, PreventSkippingInBothForms) {
  EXPECT_FALSE(
      convert(content(json::array(), {{"preventSkipping", true}}), {}).lesson.settings.allow_skip_ahead);
  EXPECT_TRUE(convert(content(json::array(), {{"preventSkippingMode", "none"}}), {})
                  .lesson.settings.allow_skip_ahead);
  const Conversion both =
      convert(content(json::array(), {{"preventSkippingMode", "both"}, {"startVideoAt", 7}}), {});
  EXPECT_FALSE(both.lesson.settings.allow_skip_ahead);
  EXPECT_EQ(notes_text(both.notes),
            "prevent skipping: changed: learners may still seek backward (H5P: forward and backward seeking "
            "prevented)\n"
            "start video at 0:07: changed: the lesson starts at 0:00\n");
}

TEST(H5pConverter, ItemsAfterTheEndOfTheVideoAreListed) {
  const json assets = {
      {"bookmarks", json::array({{{"time", 2}, {"label", "Intro"}}, {{"time", 11}, {"label", "Late"}}})}};
  const json late_seek = {{"wrong", {{"seekTo", 15}}}};
  ConvertOptions options;
  options.video_duration = 10'000'000;
  const Conversion result =
      convert(content(json::array({interaction(12, "H5P.TrueFalse 1.8", true_false("Late?", true)),
                                   interaction(5, "H5P.TrueFalse 1.8", true_false("Seek?", true),
                                               {{"adaptivity", late_seek}})}),
                      json::object(), assets),
              options);
  EXPECT_EQ(lesson_text(result.lesson), R"(lesson h5p-import 'Imported H5P video'
video 'videos/v.mp4'
settings skip-ahead yes, pass 0, attempts 0
chapter 0:02 'Intro'
cue q1 0:05 pause optional true-false 'Seek?'
  true* 'True'
  false 'False'
)");
  EXPECT_EQ(
      notes_text(result.notes),
      "0:05 H5P.TrueFalse 1.8: changed: its seek to 0:15 on a wrong answer is dropped: it lies outside the "
      "video\n"
      "0:11 bookmark \"Late\": not converted: it lies after the end of the video (0:10)\n"
      "0:12 H5P.TrueFalse 1.8: not converted: it starts after the end of the video (0:10)\n");
}

TEST(H5pConverter, BookmarksBecomeChaptersInTimeOrder) {
  const json assets = {{"bookmarks", json::array({{{"time", 30}, {"label", "Mixing &amp; serving"}},
                                                  {{"time", 2.5}, {"label", ""}},
                                                  {{"time", 30}, {"label", "Again"}}})}};
  const Conversion result = convert(content(json::array(), json::object(), assets), {});
  ASSERT_EQ(result.lesson.chapters.size(), 2u);
  EXPECT_EQ(result.lesson.chapters[0].at, 2'500'000);
  EXPECT_EQ(result.lesson.chapters[0].title, "Bookmark 0:02.5");
  EXPECT_EQ(result.lesson.chapters[1].title, "Mixing & serving");
  EXPECT_EQ(notes_text(result.notes),
            "0:30 bookmark \"Again\": not converted: bookmark \"Mixing & serving\" is at the same time\n");
}

TEST(H5pConverter, BlanksWithAlternativesAndTips) {
  const json params = {{"text", "<p>Fill in</p>"},
                       {"questions", {"<p>Sky is *blue/azure:look up*.</p>\n<p>Grass is *green*.</p>"}},
                       {"behaviour", {{"caseSensitive", false}}}};
  const Conversion result = convert(content(json::array({interaction(1, "H5P.Blanks 1.14", params)})), {});
  EXPECT_EQ(lesson_text(result.lesson), R"(lesson h5p-import 'Imported H5P video'
video 'videos/v.mp4'
settings skip-ahead yes, pass 0, attempts 0
cue q1 0:01 pause optional text 'Fill in
Sky is _____.'
  accept 'blue'
  accept 'azure'
cue q2 0:01.001 pause optional text 'Fill in
Grass is _____.'
  accept 'green'
)");
  EXPECT_EQ(notes_text(result.notes),
            "0:01 H5P.Blanks 1.14: changed: the tips of its blanks are not converted\n");
}

TEST(H5pConverter, UnknownLibrariesAndMissingTimesAreListed) {
  json no_time = interaction(0, "H5P.TrueFalse 1.8", true_false("x", true));
  no_time["duration"] = json::object();
  json titled = interaction(4, "H5P.Flashcards 1.5", json::object());
  titled["action"]["metadata"] = {{"title", "Cards"}};
  const Conversion result = convert(content(json::array({no_time, titled})), {});
  EXPECT_TRUE(result.lesson.cues.empty());
  EXPECT_EQ(notes_text(result.notes),
            "H5P.TrueFalse 1.8: not converted: it has no valid start time (duration.from)\n"
            "0:04 H5P.Flashcards 1.5 \"Cards\": not converted: an unknown H5P library: nothing of it is "
            "converted\n");
}

TEST(H5pConverter, AttemptsPerQuestionWhenRetrySettingsDiffer) {
  const json multi = {{"question", "Pick"},
                      {"answers", json::array({{{"text", "a"}, {"correct", true}}, {{"text", "b"}}})},
                      {"behaviour", {{"enableRetry", false}, {"passPercentage", 50}}}};
  const json single_set = {{"choices", json::array({{{"question", "Q"}, {"answers", {"x", "y"}}}})},
                           {"behaviour", {{"passPercentage", 80}}}};
  const Conversion result =
      convert(content(json::array({interaction(1, "H5P.MultiChoice 1.16", multi),
                                   interaction(2, "H5P.SingleChoiceSet 1.11", single_set)})),
              {});
  EXPECT_EQ(result.lesson.settings.max_attempts, 1);
  EXPECT_EQ(result.lesson.cues.at(0).question.max_attempts, std::nullopt);
  EXPECT_EQ(result.lesson.cues.at(1).question.max_attempts, 0);
  EXPECT_EQ(result.lesson.settings.pass_score, 0);
  EXPECT_EQ(
      notes_text(result.notes),
      "pass percentage: changed: the questions' pass percentages differ; the lesson has no pass score\n");
}

TEST(H5pConverter, RetryButtonOverrideAppliesToEveryQuestion) {
  const Conversion result =
      convert(content(json::array({interaction(1, "H5P.TrueFalse 1.8", true_false("x", true))}),
                      {{"retryButton", "off"}}),
              {});
  EXPECT_EQ(result.lesson.settings.max_attempts, 1);
}

}  // namespace
}  // namespace cuepoint::h5p
