// The schema as an ordered list of migrations. PRAGMA user_version holds the
// number of migrations applied; PRAGMA application_id marks the file as ours.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace cuepoint::store {

class Database;

// "CuEp" in ASCII: recognises our files among other SQLite databases.
inline constexpr std::int32_t kApplicationId = 0x43754570;

struct Migration {
  int version;           // user_version after this migration
  std::string_view sql;  // applied in one transaction with the version bump
};

std::span<const Migration> migrations();
int latest_schema_version();

// Applies every migration above the file's user_version, each in its own
// transaction. The caller has already refused files that are not ours or newer.
void migrate(Database& db);
// The same with an explicit list (ascending versions), so tests can exercise upgrades.
void migrate(Database& db, std::span<const Migration> list);

}  // namespace cuepoint::store
