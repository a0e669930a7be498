#include "cuepoint/lesson/answer_key.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <memory>

#include "cuepoint/lesson/error.hpp"
#include "cuepoint/lesson/text_match.hpp"

namespace cuepoint::lesson {
namespace {

struct DigestContextFree {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  constexpr std::string_view kHex = "0123456789abcdef";
  std::string hex;
  for (std::size_t i = 0; i < size; ++i) {
    hex += kHex[bytes[i] >> 4];
    hex += kHex[bytes[i] & 0x0f];
  }
  return hex;
}

std::string sha256_hex(std::string_view bytes) {
  const std::unique_ptr<EVP_MD_CTX, DigestContextFree> context(EVP_MD_CTX_new());
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) {
    throw LessonError("OpenSSL could not compute a SHA-256 for a sealed answer");
  }
  return to_hex(digest.data(), length);
}

std::string key_input(std::string_view kind, std::string_view salt, std::string_view cue_id) {
  std::string input = "cuepoint-seal-1\n";
  input.append(kind).append("\n").append(salt).append("\n").append(cue_id).append("\n");
  return input;
}

}  // namespace

std::string choice_seal_hash(std::string_view salt, std::string_view cue_id, std::string_view choice_id,
                             bool correct) {
  std::string input = key_input("choice", salt, cue_id);
  input.append(choice_id).append(correct ? "\ncorrect" : "\nincorrect");
  return sha256_hex(input);
}

std::string text_seal_hash(std::string_view salt, std::string_view cue_id, std::string_view answer) {
  return sha256_hex(key_input("text", salt, cue_id) + normalize_text(answer));
}

std::string random_seal_salt() {
  std::array<unsigned char, 16> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
    throw LessonError("cannot seal: OpenSSL's random generator gave no salt");
  return to_hex(bytes.data(), bytes.size());
}

AnswerKey AnswerKey::of(const Lesson& lesson, const Cue& cue) { return of(lesson.seal, cue); }

AnswerKey AnswerKey::of(const std::optional<Seal>& seal, const Cue& cue) {
  AnswerKey key;
  if (seal) key.salt_ = seal->salt;
  key.cue_id_ = cue.id;
  return key;
}

const std::string& AnswerKey::salt_for(std::string_view what) const {
  if (salt_.empty()) {
    // A key made without a lesson (AnswerKey{}) knows no cue to name.
    const std::string where = cue_id_.empty() ? std::string() : "cue '" + cue_id_ + "': ";
    throw LessonError(where + std::string(what) + " is sealed but no seal was given to grade it");
  }
  return salt_;
}

bool AnswerKey::is_correct(const Choice& choice) const {
  if (choice.seal.empty()) return choice.correct;
  return choice.seal == choice_seal_hash(salt_for("choice '" + choice.id + "'"), cue_id_, choice.id, true);
}

bool AnswerKey::seal_is_well_formed(const Choice& choice) const {
  if (choice.seal.empty() || salt_.empty()) return choice.seal.empty();
  return choice.seal == choice_seal_hash(salt_, cue_id_, choice.id, true) ||
         choice.seal == choice_seal_hash(salt_, cue_id_, choice.id, false);
}

bool AnswerKey::accepts(const Question& question, std::string_view response) const {
  const bool plain =
      std::any_of(question.accepted_answers.begin(), question.accepted_answers.end(),
                  [&](const std::string& accepted) { return text_matches(response, accepted); });
  if (plain || question.sealed_answers.empty()) return plain;
  const std::string hash = text_seal_hash(salt_for("the text answer"), cue_id_, response);
  return std::find(question.sealed_answers.begin(), question.sealed_answers.end(), hash) !=
         question.sealed_answers.end();
}

}  // namespace cuepoint::lesson
