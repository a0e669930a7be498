// A bounded blocking queue between pipeline threads, ffplay-style: every item
// carries the serial (seek generation) it was produced for, and reset() starts a
// new serial, so work queued or in flight before a seek is discarded, never shown.
// Capacity 0 means "on demand": an item is let in only while a consumer waits for
// one, so a producer can hold back work nobody may ever need (a paused player).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace cuepoint::media {

template <typename Item>  // Item has an `int serial` member
class SerialQueue {
 public:
  explicit SerialQueue(std::size_t capacity) : capacity_(capacity) {}

  enum class Room { Available, Outdated, Aborted };

  // Blocks until an item of `serial` would be let in without waiting, or `serial` is
  // no longer current. Lets a producer hold back costly work, not just its result.
  Room wait_for_room(int serial) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return aborted_ || serial != serial_ || has_room(); });
    if (aborted_) return Room::Aborted;
    return serial != serial_ ? Room::Outdated : Room::Available;
  }

  // Blocks while full. An item of an outdated serial is dropped. False once aborted.
  bool push(Item item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return aborted_ || item.serial != serial_ || has_room(); });
    if (aborted_) return false;
    if (item.serial != serial_) return true;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // The oldest item; nullopt on abort or when `timeout` passes first (no timeout: wait).
  std::optional<Item> pop(std::optional<std::chrono::microseconds> timeout = std::nullopt) {
    std::unique_lock lock(mutex_);
    const auto ready = [&] { return aborted_ || !items_.empty(); };
    if (!ready()) {
      // A waiting consumer is the demand that lets an item in below capacity 0.
      ++consumers_waiting_;
      not_full_.notify_all();
      bool woken = true;
      if (timeout) {
        woken = not_empty_.wait_for(lock, *timeout, ready);
      } else {
        not_empty_.wait(lock, ready);
      }
      --consumers_waiting_;
      if (!woken) return std::nullopt;
    }
    if (aborted_) return std::nullopt;
    Item item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  // Empties the queue and accepts only items of `serial` from now on.
  void reset(int serial) {
    std::lock_guard lock(mutex_);
    serial_ = serial;
    items_.clear();
    not_full_.notify_all();
  }

  // Items beyond `capacity` stay queued; pushers wait until it is below again.
  // 0: on demand only (see above).
  void set_capacity(std::size_t capacity) {
    std::lock_guard lock(mutex_);
    capacity_ = capacity;
    not_full_.notify_all();
  }

  // Wakes and releases every waiter for good (shutdown).
  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    items_.clear();
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  bool has_room() const { return items_.size() < capacity_ || (items_.empty() && consumers_waiting_ > 0); }

  std::mutex mutex_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<Item> items_;
  std::size_t capacity_;
  int consumers_waiting_ = 0;
  int serial_ = 0;
  bool aborted_ = false;
};

}  // namespace cuepoint::media
