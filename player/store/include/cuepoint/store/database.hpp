// Thin RAII layer over the SQLite C API: a connection, prepared statements
// with bound parameters (never SQL built from values) and transactions that
// roll back unless committed. Every failure becomes a StoreError naming the
// file and what was being done.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cuepoint/store/store_error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace cuepoint::store {

class Statement;

class Database {
 public:
  // Opens an existing file read-write, or creates it when `create` is true.
  static Database open(const std::filesystem::path& file, bool create);
  // Opens an existing file read-only (SQLITE_OPEN_READONLY, never creates it).
  // `immutable` also tells SQLite that nothing can change the file while it is
  // open, so it needs no lock and no -shm file: that is what lets a WAL database
  // in a read-only folder be read. Only right when no -wal or -journal file holds
  // changes that are not in the main file yet.
  static Database open_read_only(const std::filesystem::path& file, bool immutable);

  sqlite3* handle() const { return db_.get(); }
  const std::filesystem::path& file() const { return file_; }

  // Runs SQL without parameters (pragmas, schema scripts with several statements).
  void execute(std::string_view sql, const std::string& doing);
  Statement prepare(std::string_view sql, std::string doing);
  // A pragma whose value is one integer (user_version, application_id, ...).
  std::int64_t pragma_int(std::string_view name);
  bool in_transaction() const;
  bool read_only() const;
  int changes() const;

  StoreError error(int result_code, const std::string& doing) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  Database(std::unique_ptr<sqlite3, Closer> db, std::filesystem::path file);
  // `name` is what sqlite3_open_v2 gets (the path, or a file: URI); `file` is what messages name.
  static Database open_with(const std::filesystem::path& file, const std::string& name, int flags);

  std::unique_ptr<sqlite3, Closer> db_;
  std::filesystem::path file_;
};

class Statement {
 public:
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::nullopt_t);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
  }
  // Binds parameters 1..n in order.
  template <typename... Values>
  Statement& bind_all(const Values&... values) {
    int index = 0;
    (bind(++index, values), ...);
    return *this;
  }

  // Advances to the next row; false when there are no more.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();

  bool is_null(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::int64_t int64(int column) const;
  std::optional<std::int64_t> optional_int64(int column) const;
  double real(int column) const;
  std::optional<double> optional_real(int column) const;

 private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt* statement) const;
  };
  Statement(const Database& db, sqlite3_stmt* statement, std::string doing);
  void check_bind(int result_code);

  const Database* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> statement_;
  std::string doing_;
};

// BEGIN IMMEDIATE (or a SAVEPOINT when already inside a transaction); rolls
// back in the destructor unless commit() succeeded.
class Transaction {
 public:
  Transaction(Database& db, std::string doing);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  std::string doing_;
  bool nested_;
  bool done_ = false;
};

}  // namespace cuepoint::store
