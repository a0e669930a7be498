#include "database_option.hpp"

namespace cuepoint::app {

CLI::Option* add_database_option(CLI::App& command, std::string& path, const std::string& what) {
  const CLI::Validator not_empty(
      [](const std::string& value) {
        return value.empty() ? std::string(
                                   "is empty: give a database file, or leave --db out to use the "
                                   "device's database")
                             : std::string();
      },
      "FILE");
  return command.add_option("--db", path, what + " (default: the device's database)")->check(not_empty);
}

}  // namespace cuepoint::app
