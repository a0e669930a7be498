// Writes a device's whole database as an answers bundle.
#pragma once

#include <cstddef>
#include <ostream>

#include "cuepoint/bundle/bundle.hpp"
#include "cuepoint/store/store.hpp"

namespace cuepoint::bundle {

struct WrittenCounts {
  std::size_t learners = 0, sessions = 0, statements = 0, attempts = 0, watch_events = 0;
  std::size_t statements_sent = 0;  // of `statements`, already delivered by the device
};

// Writes every learner, session, outbox statement (with its state), attempt and watch
// event of `store` to `out`. The store may be read-only. Throws store::StoreError.
WrittenCounts write_bundle(store::Store& store, const BundleHeader& header, std::ostream& out);

}  // namespace cuepoint::bundle
