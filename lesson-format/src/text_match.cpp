#include "cuepoint/lesson/text_match.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "cuepoint/lesson/error.hpp"

namespace cuepoint::lesson {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    // Only happens when ICU's data library is missing: a broken installation.
    throw LessonError(std::string("ICU NFKC_Casefold normalizer unavailable: ") + u_errorName(status));
  }
  return *normalizer;
}

}  // namespace

std::string normalize_text(std::string_view utf8) {
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = nfkc_casefold().normalize(input, status);
  if (U_FAILURE(status)) throw LessonError(std::string("ICU normalization failed: ") + u_errorName(status));

  // Collapse white space after folding, so that e.g. U+3000 and NBSP (mapped to
  // U+0020 by NFKC) and tabs all count as one separator.
  icu::UnicodeString collapsed;
  bool pending_space = false;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !collapsed.isEmpty();
      continue;
    }
    if (pending_space) collapsed.append(static_cast<UChar>(u' '));
    pending_space = false;
    collapsed.append(c);
  }
  std::string result;
  collapsed.toUTF8String(result);
  return result;
}

bool text_matches(std::string_view response, std::string_view accepted) {
  return normalize_text(response) == normalize_text(accepted);
}

}  // namespace cuepoint::lesson
