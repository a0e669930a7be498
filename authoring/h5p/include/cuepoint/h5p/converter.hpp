// Converts the parameters of an H5P Interactive Video (its content.json, already
// parsed) into a Cuepoint lesson, with a precise list of everything that could not
// be converted. Pure: no files are read or written, so every rule is unit-tested on
// the JSON alone; `cuepoint-author import-h5p` does the files (docs/h5p-import.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::h5p {

enum class NoteKind {
  NotConverted,  // the item is not in the lesson
  Changed,       // the item is in the lesson, but not exactly as in H5P
};

// One item of the H5P content that the lesson does not hold as it was.
struct ImportNote {
  NoteKind kind = NoteKind::NotConverted;
  std::optional<lesson::Micros> at;  // where it was in the video; nullopt for the whole content
  std::string item;    // which: `H5P.MarkTheWords 1.7 "Untitled Mark the Words"`, `video source 1`
  std::string reason;  // why
  friend bool operator==(const ImportNote&, const ImportNote&) = default;
};

// "0:52 H5P.MarkTheWords 1.7 "Title": not converted: REASON" (no time for the whole content).
std::string to_string(const ImportNote& note);

// A caption file the lesson names: where it is in the H5P content folder, and the
// lesson's `src` for it (the same relative path).
struct CaptionFile {
  std::string source;  // relative to the folder holding content.json
  std::string src;     // lesson/captions/@src
};

// The video the content names. `local` is set when one source is a file in the
// content folder (relative path, "#tmp" removed); otherwise `refusal` says why
// there is nothing to play ("the video is on YouTube (URL) ...").
struct VideoChoice {
  std::optional<std::string> local;
  std::string refusal;
};

// Throws H5pError when `content` is not an Interactive Video's parameters.
VideoChoice choose_video(const nlohmann::json& content);

struct ConvertOptions {
  std::string lesson_id = "h5p-import";
  std::string title;                             // h5p.json title; else the start screen's title
  std::string language;                          // h5p.json language (BCP 47); empty when unknown
  std::optional<lesson::Micros> video_duration;  // items after the end are not converted
};

struct Conversion {
  lesson::Lesson lesson;  // video.src from choose_video (empty when there is no local video)
  std::vector<CaptionFile> caption_files;
  std::vector<ImportNote> notes;  // in time order; whole-content items first
};

// Throws H5pError when `content` is not an Interactive Video's parameters.
Conversion convert(const nlohmann::json& content, const ConvertOptions& options);

// A lesson id from free text (an output folder's name, a title): lowercase ASCII
// letters and digits, other runs as '-', at most 64 characters; `fallback` when
// nothing is left.
std::string id_from_text(const std::string& text, const std::string& fallback);

// A language tag's shape as H5P content may give one: 2-8 letters, then "-" and 1-8
// letters or digits any number of times ("en", "nb-NO", "zh-Hant-TW"); "und" is not one.
bool is_language_tag(std::string_view text);

}  // namespace cuepoint::h5p
