#include "report_command.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "command_support.hpp"
#include "cuepoint/record/export_output.hpp"
#include "cuepoint/report/class_report.hpp"
#include "cuepoint/report/read_input.hpp"
#include "cuepoint/report/report_error.hpp"
#include "cuepoint/report/report_writers.hpp"

namespace cuepoint::authoring {
namespace {

struct ReportArguments {
  std::vector<std::string> inputs;
  std::string lesson;
  std::string csv;
  std::string html;
};

std::string input_list(const std::vector<std::string>& inputs) {
  std::string text;
  for (const auto& input : inputs) text += (text.empty() ? "'" : ", '") + input + "'";
  return text;
}

// An output naming one of the inputs (or its -wal) would replace the answers with a report of them.
void refuse_overwriting_an_input(const std::string& output, const std::string& option,
                                 const std::vector<std::string>& inputs) {
  for (const auto& input : inputs) {
    for (const std::string suffix : {"", "-wal", "-shm", "-journal"}) {
      std::error_code error;
      if (std::filesystem::equivalent(output, input + suffix, error)) {
        std::string message = "'" + output + "' (" + option + ") is ";
        message +=
            suffix.empty() ? "an input of this report" : "the " + suffix + " file of input '" + input + "'";
        message += ": choose another file";
        throw report::ReportError(message);
      }
    }
  }
}

template <typename Writer>
void write_file(const std::string& path, const char* what, const report::ClassReport& class_report,
                Writer writer) {
  record::ExportOutput output(path);
  writer(class_report, output.stream());
  output.commit();
  (output.to_standard_output() ? std::cerr : std::cout)
      << "wrote the " << what << " report to " << output.description() << "\n";
}

void run_report(const ReportArguments& arguments) {
  if (!arguments.csv.empty()) refuse_overwriting_an_input(arguments.csv, "--csv", arguments.inputs);
  if (!arguments.html.empty()) refuse_overwriting_an_input(arguments.html, "--html", arguments.inputs);
  report::ClassRecords records;
  for (const auto& input : arguments.inputs) report::read_input(input, records);
  const auto lesson = report::choose_lesson(
      records, arguments.lesson.empty() ? std::nullopt : std::optional(arguments.lesson),
      input_list(arguments.inputs));
  auto class_report = report::build_report(records, lesson);
  class_report.inputs = arguments.inputs;
  class_report.duplicates = records.duplicates();
  if (arguments.csv.empty() && arguments.html.empty()) {
    report::write_text_report(class_report, std::cout);
    return;
  }
  if (!arguments.csv.empty()) write_file(arguments.csv, "CSV", class_report, report::write_csv_report);
  if (!arguments.html.empty()) write_file(arguments.html, "HTML", class_report, report::write_html_report);
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<ReportArguments>();
  auto* command = app.add_subcommand(
      "report", "How a class did: per question, per learner and along the video, from collected answers");
  command
      ->add_option(
          "inputs", arguments->inputs,
          "response databases (.sqlite, opened read-only) and `cuepoint export` files (JSON lines or "
          "CSV); a record found in several is counted once")
      ->required();
  command->add_option("--lesson", arguments->lesson,
                      "the lesson id to report on (needed when the inputs hold several lessons)");
  command->add_option("--csv", arguments->csv,
                      "write the tables as one sectioned CSV file (questions, learners, timeline), or - for "
                      "standard output");
  command->add_option("--html", arguments->html,
                      "write a self-contained, printable HTML page with charts (no script, nothing fetched)");
  command->footer(
      "Without --csv or --html the report is printed as tables on standard output.\n"
      "Example:\n"
      "  cuepoint-author report tablet-1.sqlite tablet-2.sqlite answers.jsonl --html class.html\n"
      "Exit status: 0 written; 1 an input could not be read, holds nothing to report or not the lesson\n"
      "asked for, or an output could not be written (nothing half written is left); 2 usage error.");
  command->callback([arguments, &exit_code] {
    exit_code =
        run_reporting<report::ReportError, record::ExportError>("report", [&] { run_report(*arguments); });
  });
}

}  // namespace cuepoint::authoring
