// The lesson library's exception types. Parsing and validation never throw for bad
// input (they return diagnostics); exceptions are for misuse of the API.
#pragma once

#include <stdexcept>

namespace cuepoint::lesson {

class LessonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A response handed to grade() that does not fit the question (see check_response).
class InvalidResponse : public LessonError {
 public:
  using LessonError::LessonError;
};

}  // namespace cuepoint::lesson
