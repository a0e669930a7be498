#include "cuepoint/store/database.hpp"

#include <sqlite3.h>

#include <string_view>
#include <system_error>
#include <utility>

namespace cuepoint::store {

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

Database::Database(std::unique_ptr<sqlite3, Closer> db, std::filesystem::path file)
    : db_(std::move(db)), file_(std::move(file)) {}

namespace {

// An SQLite URI for `file`: every byte outside the unreserved set is
// percent-encoded, so '?', '#' and '%' in a file name stay part of the path.
std::string file_uri(const std::filesystem::path& file, std::string_view query) {
  std::error_code error;
  auto absolute = std::filesystem::absolute(file, error);
  if (error) absolute = file;
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string uri = "file://";
  for (const char c : absolute.generic_string()) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
        std::string_view("/-._~").find(c) != std::string_view::npos) {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xf];
    }
  }
  uri += '?';
  uri += query;
  return uri;
}

}  // namespace

Database Database::open_with(const std::filesystem::path& file, const std::string& name, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
  // sqlite3_open_v2 hands out a handle even on failure; own it before anything can throw.
  std::unique_ptr<sqlite3, Closer> owner(raw);
  if (rc != SQLITE_OK) throw sqlite_error(owner.get(), rc, file, "opening it");
  sqlite3_extended_result_codes(owner.get(), 1);
  return Database(std::move(owner), file);
}

Database Database::open(const std::filesystem::path& file, bool create) {
  return open_with(file, file.string(), SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
}

Database Database::open_read_only(const std::filesystem::path& file, bool immutable) {
  return open_with(file, file_uri(file, immutable ? "mode=ro&immutable=1" : "mode=ro"),
                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

StoreError Database::error(int result_code, const std::string& doing) const {
  return sqlite_error(db_.get(), result_code, file_, doing);
}

void Database::execute(std::string_view sql, const std::string& doing) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // sqlite3_errmsg still holds the same text for error()
  if (rc != SQLITE_OK) throw error(rc, doing);
}

Statement Database::prepare(std::string_view sql, std::string doing) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(raw);
    throw error(rc, doing);
  }
  return Statement(*this, raw, std::move(doing));
}

std::int64_t Database::pragma_int(std::string_view name) {
  auto statement = prepare("PRAGMA " + std::string(name), "reading " + std::string(name));
  if (!statement.step()) return 0;
  return statement.int64(0);
}

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

bool Database::read_only() const { return sqlite3_db_readonly(db_.get(), "main") == 1; }

int Database::changes() const { return sqlite3_changes(db_.get()); }

Statement::Statement(const Database& db, sqlite3_stmt* statement, std::string doing)
    : db_(&db), statement_(statement), doing_(std::move(doing)) {}

void Statement::check_bind(int result_code) {
  if (result_code != SQLITE_OK) throw db_->error(result_code, doing_);
}

Statement& Statement::bind(int index, std::string_view text) {
  check_bind(
      sqlite3_bind_text64(statement_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(statement_.get(), index, value));
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check_bind(sqlite3_bind_double(statement_.get(), index, value));
  return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
  check_bind(sqlite3_bind_null(statement_.get(), index));
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(statement_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw db_->error(rc, doing_);
}

void Statement::run() {
  while (step()) {
  }
}

// Called after a step that succeeded: an error here is a new one (a failed step
// already threw its own, and sqlite3_reset would only repeat it).
void Statement::reset() {
  if (const int rc = sqlite3_reset(statement_.get()); rc != SQLITE_OK) throw db_->error(rc, doing_);
  if (const int rc = sqlite3_clear_bindings(statement_.get()); rc != SQLITE_OK) throw db_->error(rc, doing_);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL;
}

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_.get(), column);
  if (bytes == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(bytes),
                     static_cast<std::size_t>(sqlite3_column_bytes(statement_.get(), column)));
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(statement_.get(), column); }

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}

double Statement::real(int column) const { return sqlite3_column_double(statement_.get(), column); }

std::optional<double> Statement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}

Transaction::Transaction(Database& db, std::string doing)
    : db_(db), doing_(std::move(doing)), nested_(db.in_transaction()) {
  // IMMEDIATE takes the write lock up front, so busy_timeout applies here and
  // never as a deadlock in the middle of the transaction.
  db_.execute(nested_ ? "SAVEPOINT cuepoint_nested" : "BEGIN IMMEDIATE", doing_);
}

Transaction::~Transaction() {
  if (done_) return;
  // Failure to roll back leaves SQLite to roll back on close; nothing to report from a destructor.
  char* message = nullptr;
  if (nested_) {
    // unchecked: a failed rollback cannot be reported from here (see above).
    sqlite3_exec(db_.handle(), "ROLLBACK TO cuepoint_nested; RELEASE cuepoint_nested", nullptr, nullptr,
                 &message);
  } else if (db_.in_transaction()) {
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, &message);  // unchecked: as above
  }
  sqlite3_free(message);
}

void Transaction::commit() {
  db_.execute(nested_ ? "RELEASE cuepoint_nested" : "COMMIT", doing_);
  done_ = true;
}

}  // namespace cuepoint::store
