#include "record_writer.hpp"

#include <future>
#include <utility>

namespace cuepoint::session {

RecordWriter::RecordWriter(record::Recorder& recorder) : recorder_(recorder), thread_([this] { run(); }) {}

RecordWriter::~RecordWriter() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void RecordWriter::rethrow_failure() {
  if (failure_) std::rethrow_exception(failure_);
}

void RecordWriter::post(Task task) {
  {
    const std::lock_guard lock(mutex_);
    if (failure_) return;  // the database is failing: reported by call(), flush() and check()
    queue_.push_back(std::move(task));
  }
  wake_.notify_one();
}

void RecordWriter::call(Task task) {
  // The task's own outcome travels in a promise, so its exception reaches this
  // caller and is not mistaken for a failure of the queued watch records.
  check();
  auto outcome = std::make_shared<std::promise<void>>();
  auto finished = outcome->get_future();
  post([task = std::move(task), outcome](record::Recorder& recorder) {
    try {
      task(recorder);
      outcome->set_value();
    } catch (...) {
      outcome->set_exception(std::current_exception());
    }
  });
  try {
    finished.get();
  } catch (const std::future_error&) {
    // Dropped unrun: a record queued before it failed. That failure is the news.
    const std::lock_guard lock(mutex_);
    rethrow_failure();
    throw;
  }
}

void RecordWriter::flush() {
  std::unique_lock lock(mutex_);
  done_.wait(lock, [this] { return (queue_.empty() && !busy_) || failure_; });
  rethrow_failure();
}

void RecordWriter::check() {
  const std::lock_guard lock(mutex_);
  rethrow_failure();
}

void RecordWriter::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return !queue_.empty() || stopping_; });
    if (queue_.empty()) return;  // stopping, and everything is committed
    Task task = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    lock.unlock();
    std::exception_ptr failed;
    try {
      task(recorder_);
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    if (failed && !failure_) {
      failure_ = failed;
      queue_.clear();  // the database is failing: later records would fail the same way
    }
    done_.notify_all();
  }
}

}  // namespace cuepoint::session
