#include "upload_command.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/upload/curl_transport.hpp"
#include "cuepoint/upload/upload_config.hpp"
#include "cuepoint/upload/upload_error.hpp"
#include "cuepoint/upload/uploader.hpp"
#include "database_option.hpp"

namespace cuepoint::app {
namespace {

struct UploadArguments {
  std::string endpoint;
  std::string user;
  std::string password;
  std::string config_file;
  std::string database;
  int batch = 50;
  int max_tries = 8;
  int max_wait_seconds = 600;
  int connect_timeout_seconds = 10;
  int stall_timeout_seconds = 30;
  bool retry_rejected = false;
};

void print_summary(const upload::UploadSummary& summary) {
  std::cout << "sent: " << summary.sent << ", already there: " << summary.already_there
            << ", conflicts: " << summary.conflicts.size() << ", rejected: " << summary.rejected.size()
            << ", left: " << summary.left << "\n";
  for (const auto& rejected : summary.rejected) {
    std::cerr << "cuepoint upload: the LRS rejected statement " << rejected.statement_id << ": "
              << rejected.message << "\n";
  }
  for (const auto& conflict : summary.conflicts) {
    std::cerr << "cuepoint upload: conflict for statement " << conflict.statement_id << ": "
              << conflict.message << "\n";
  }
}

int run_upload(const UploadArguments& arguments) {
  upload::LrsSettings settings;
  std::filesystem::path database;
  try {
    if (!arguments.config_file.empty()) settings = upload::read_lrs_settings(arguments.config_file);
    // The command line wins over the file.
    if (!arguments.endpoint.empty()) settings.endpoint = arguments.endpoint;
    if (!arguments.user.empty()) settings.user = arguments.user;
    if (!arguments.password.empty()) settings.password = arguments.password;
    if (!settings.endpoint && !arguments.config_file.empty()) {
      throw upload::UploadError(arguments.config_file +
                                ": no 'endpoint' (add the LRS's xAPI base URL, or pass --endpoint URL)");
    }
    if (!settings.endpoint)
      throw upload::UploadError("no LRS endpoint: pass --endpoint URL or --config FILE");
    upload::statements_url(*settings.endpoint);  // refuses a malformed URL before touching the database
    if (settings.user.value_or("").empty() && settings.password.value_or("").empty()) {
      std::cerr << "cuepoint upload: warning: no user or password (--user and --password, or in --config): "
                   "uploading without authentication\n";
    }
    if (!arguments.config_file.empty() && settings.password &&
        upload::readable_by_others(arguments.config_file)) {
      std::cerr << "cuepoint upload: warning: " << arguments.config_file
                << " holds a password and other users can read it (chmod 600 it)\n";
    }
    if (upload::is_cleartext_remote(*settings.endpoint)) {
      std::cerr << "cuepoint upload: warning: " << *settings.endpoint
                << " is plain http: answers and password cross the network unencrypted; use https\n";
    }
    database = arguments.database.empty() ? store::default_database_path()
                                          : std::filesystem::path(arguments.database);
  } catch (const std::exception& error) {
    std::cerr << "cuepoint upload: " << error.what() << "\n";
    return kUploadBadSettings;
  }
  if (!std::filesystem::exists(database)) {
    std::cerr << "cuepoint upload: no response database at '" << database.string()
              << "' (nothing recorded on this device yet?)\n";
    return kUploadBadSettings;
  }
  try {
    auto store = store::Store::open(database);
    upload::CurlTransport transport(
        upload::CurlOptions{settings.user.value_or(""), settings.password.value_or(""),
                            std::chrono::seconds(arguments.connect_timeout_seconds), 1,
                            std::chrono::seconds(arguments.stall_timeout_seconds)});
    upload::UploadOptions options;
    options.endpoint = *settings.endpoint;
    options.batch_size = arguments.batch;
    options.retry.max_tries = arguments.max_tries;
    options.retry.max_total_wait = std::chrono::seconds(arguments.max_wait_seconds);

    if (arguments.retry_rejected) {
      std::cerr << "cuepoint upload: " << store.requeue_rejected() << " rejected statement(s) queued again";
      if (const int conflicts = store.requeue_conflicts(); conflicts > 0)
        std::cerr << ", and " << conflicts << " conflicting one(s)";
      std::cerr << "\n";
    }
    auto bar = cli::ProgressBar::on_stderr("statements");
    auto hooks = upload::default_upload_hooks();
    hooks.progress = [&bar](int done, int total) { bar.update(done, total); };
    upload::Uploader uploader(store, transport, options, hooks);
    const auto summary = uploader.run();
    bar.finish();
    print_summary(summary);
    if (summary.credentials_refused) {
      std::cerr << "cuepoint upload: " << summary.stopped_because << "\n";
      return kUploadAuthRefused;
    }
    if (!summary.stopped_because.empty())
      std::cerr << "cuepoint upload: stopped: " << summary.stopped_because << "\n";
    if (!summary.complete()) {
      const auto counts = store.outbox_counts();
      std::cerr << "cuepoint upload: " << summary.left << " statement(s) not delivered, kept in the database";
      if (counts.pending > 0) std::cerr << "; " << counts.pending << " pending: run upload again later";
      if (counts.rejected > 0) {
        std::cerr << "; " << counts.rejected
                  << " rejected by the LRS: fix the cause, then upload --retry-rejected";
      }
      if (counts.conflict > 0) {
        std::cerr
            << "; " << counts.conflict
            << " in conflict (the LRS holds a different statement with the same id, or none although it "
               "answered 409): see the reasons above; upload --retry-rejected tries them again";
      }
      std::cerr << "\n";
      return kUploadIncomplete;
    }
    return kUploadComplete;
  } catch (const store::StoreError& error) {
    std::cerr << "cuepoint upload: " << error.what() << "\n";
    return kUploadStoreFailed;
  } catch (const upload::UploadError& error) {
    std::cerr << "cuepoint upload: " << error.what() << "\n";
    return kUploadBadSettings;
  }
}

}  // namespace

void add_upload_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<UploadArguments>();
  auto* command = app.add_subcommand("upload", "Send recorded answers and watching history to an xAPI LRS");
  command->add_option("--endpoint", arguments->endpoint,
                      "LRS xAPI base URL (statements go to URL/statements)");
  command->add_option("--user", arguments->user, "LRS user (key) for Basic auth");
  command->add_option("--password", arguments->password, "LRS password (secret); prefer --config");
  command->add_option("--config", arguments->config_file, "JSON or INI file with endpoint, user, password")
      ->check(CLI::ExistingFile);
  add_database_option(*command, arguments->database, "response database file to send from");
  command->add_option("--batch", arguments->batch, "statements per request")->check(CLI::Range(1, 1000));
  command->add_option("--max-tries", arguments->max_tries, "consecutive failed tries before giving up")
      ->check(CLI::Range(1, 1000));
  command->add_option("--max-wait", arguments->max_wait_seconds, "seconds of retry waiting in total")
      ->check(CLI::Range(0, 86400));
  command->add_option("--connect-timeout", arguments->connect_timeout_seconds, "seconds to connect")
      ->check(CLI::Range(1, 600));
  command
      ->add_option("--stall-timeout", arguments->stall_timeout_seconds,
                   "abort a request when no data flows for this many seconds")
      ->check(CLI::Range(1, 3600));
  command->add_flag(
      "--retry-rejected", arguments->retry_rejected,
      "send statements the LRS rejected or met a conflict for once more (after fixing the cause)");
  command->footer(
      "A statement counts as delivered only when the LRS lists its id in its answer, or shows it on a GET.\n"
      "Exit status: 0 nothing left to send; 1 statements left (LRS unreachable, an answer that proves\n"
      "nothing, some rejected or in conflict); 2 bad settings or usage; 3 wrong user or password;\n"
      "4 the database could not be opened or written.");
  command->callback([arguments, &exit_code] { exit_code = run_upload(*arguments); });
}

}  // namespace cuepoint::app
