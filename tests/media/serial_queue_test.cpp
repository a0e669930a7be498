// The queue between the pipeline threads: bounded, and a new serial (a seek)
// discards everything produced for the old one, including pushes in flight.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "serial_queue.hpp"

namespace cuepoint::media {
namespace {

struct Item {
  int value = 0;
  int serial = 0;
};

TEST(SerialQueue, KeepsOrderAndTimesOutWhenEmpty) {
  SerialQueue<Item> queue(4);
  EXPECT_TRUE(queue.push({1, 0}));
  EXPECT_TRUE(queue.push({2, 0}));
  EXPECT_EQ(queue.pop()->value, 1);
  EXPECT_EQ(queue.pop()->value, 2);
  EXPECT_FALSE(queue.pop(std::chrono::microseconds(0)).has_value());
}

TEST(SerialQueue, ResetDropsQueuedAndOutdatedItems) {
  SerialQueue<Item> queue(4);
  queue.push({1, 0});
  queue.reset(1);
  EXPECT_FALSE(queue.pop(std::chrono::microseconds(0)).has_value());
  EXPECT_TRUE(queue.push({2, 0}));  // produced before the seek: accepted, then dropped
  EXPECT_TRUE(queue.push({3, 1}));
  const auto item = queue.pop();
  ASSERT_TRUE(item);
  EXPECT_EQ(item->value, 3);
}

TEST(SerialQueue, ResetReleasesAPusherBlockedOnAFullQueue) {
  SerialQueue<Item> queue(1);
  queue.push({1, 0});
  auto blocked = std::async(std::launch::async, [&] { return queue.push({2, 0}); });
  queue.reset(1);  // whether or not the pusher is already waiting, it must return
  EXPECT_TRUE(blocked.get());
  EXPECT_FALSE(queue.pop(std::chrono::microseconds(0)).has_value());
}

TEST(SerialQueue, RaisedCapacityLetsABlockedPusherIn) {
  SerialQueue<Item> queue(1);
  queue.push({1, 0});
  auto blocked = std::async(std::launch::async, [&] { return queue.push({2, 0}); });
  queue.set_capacity(2);
  EXPECT_TRUE(blocked.get());
  EXPECT_EQ(queue.pop()->value, 1);
  EXPECT_EQ(queue.pop()->value, 2);
}

TEST(SerialQueue, AbortReleasesEveryWaiter) {
  SerialQueue<Item> full(1);
  full.push({1, 0});
  SerialQueue<Item> empty(1);
  auto pusher = std::async(std::launch::async, [&] { return full.push({2, 0}); });
  auto popper = std::async(std::launch::async, [&] { return empty.pop(); });
  full.abort();
  empty.abort();
  EXPECT_FALSE(pusher.get());
  EXPECT_FALSE(popper.get().has_value());
  EXPECT_FALSE(full.push({3, 0}));
}

TEST(SerialQueue, CapacityZeroLetsAnItemInForAWaitingConsumer) {
  SerialQueue<Item> queue(0);
  auto pusher = std::async(std::launch::async, [&] { return queue.push({1, 0}); });
  const auto item = queue.pop();  // the waiting consumer is the demand
  ASSERT_TRUE(item);
  EXPECT_EQ(item->value, 1);
  EXPECT_TRUE(pusher.get());
}

TEST(SerialQueue, WaitForRoomReportsRoomOutdatedSerialAndAbort) {
  SerialQueue<Item> queue(1);
  EXPECT_EQ(queue.wait_for_room(0), SerialQueue<Item>::Room::Available);
  queue.set_capacity(0);  // on demand, and no consumer waits
  auto waiter = std::async(std::launch::async, [&] { return queue.wait_for_room(0); });
  queue.reset(1);  // a seek: the waiting producer's work is outdated
  EXPECT_EQ(waiter.get(), SerialQueue<Item>::Room::Outdated);
  auto aborted = std::async(std::launch::async, [&] { return queue.wait_for_room(1); });
  queue.abort();
  EXPECT_EQ(aborted.get(), SerialQueue<Item>::Room::Aborted);
}

}  // namespace
}  // namespace cuepoint::media
