// Merges a bundle into a (teacher's) database, idempotently: a learner is keyed by
// its id, a session by its uuid, a statement by its id, an attempt or watch event by
// the id of its statement (recorded together, one per row). What is there already is
// counted, not added again; everything new is added in one transaction, so a bundle
// that fails half way adds nothing.
#pragma once

#include <cstddef>

#include "cuepoint/bundle/bundle.hpp"
#include "cuepoint/store/store.hpp"

namespace cuepoint::bundle {

struct MergeCounts {
  std::size_t learners = 0, sessions = 0, statements = 0, attempts = 0, watch_events = 0;
  std::size_t total() const { return learners + sessions + statements + attempts + watch_events; }
};

struct MergeResult {
  MergeCounts added;
  MergeCounts already_present;
  // Added statements the device had already delivered itself: they are queued as
  // pending here all the same (the device's LRS need not be the teacher's; the upload
  // finds them there by id and stores nothing twice).
  std::size_t added_sent_by_device = 0;
};

// Throws BundleError (a record contradicting the database: a statement id holding
// another statement, a row pointing at nothing) or store::StoreError; either way
// nothing of the bundle is added.
MergeResult merge_bundle(store::Store& store, const Bundle& bundle);

}  // namespace cuepoint::bundle
