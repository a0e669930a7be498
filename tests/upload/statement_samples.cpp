// Prints, as one JSON array, every statement a full recorded session produces
// (every verb and every question type), for tests/lrs/validate.js.
#include <iostream>

#include "temp_dir.hpp"
#include "test_support.hpp"

int main() {
  cuepoint::testing::TempDir dir;
  auto store = cuepoint::store::Store::open(dir / "samples.sqlite");
  cuepoint::testing::record_full_session(store);
  std::cout << "[";
  bool first = true;
  for (const auto& entry : store.outbox()) {
    std::cout << (first ? "" : ",\n") << entry.statement_json;
    first = false;
  }
  std::cout << "]\n";
  return 0;
}
