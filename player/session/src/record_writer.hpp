// The one thread that touches the session's Recorder (and so its SQLite
// connection) once the session has begun. Watch records are posted and
// committed in order without the caller waiting; answers are posted the same
// way but waited for, so an answer is durable, with everything recorded
// before it, when call() returns.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "cuepoint/record/recorder.hpp"

namespace cuepoint::session {

class RecordWriter {
 public:
  using Task = std::function<void(record::Recorder&)>;

  explicit RecordWriter(record::Recorder& recorder);
  // Commits everything still queued, then stops the thread. A failure then is lost:
  // call flush() first to hear about it.
  ~RecordWriter();
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;

  // Queues a record; returns at once and never throws. After a failure, records
  // are dropped and the failure is rethrown by the next call(), flush() or check().
  void post(Task task);
  // Queues a record and waits until it (and everything before it) is committed;
  // rethrows what it threw.
  void call(Task task);
  // Waits until every queued record is committed; rethrows the first failure.
  void flush();
  // Rethrows a failure of a record already taken off the queue; returns at once.
  void check();

 private:
  void run();
  void rethrow_failure();  // with mutex_ held

  record::Recorder& recorder_;
  std::mutex mutex_;
  std::condition_variable wake_;  // the writer: a task arrived, or stop
  std::condition_variable done_;  // callers: the queue drained or a task finished
  std::deque<Task> queue_;
  bool busy_ = false;  // the writer is running a task taken off the queue
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::thread thread_;  // last: starts after everything above exists
};

}  // namespace cuepoint::session
