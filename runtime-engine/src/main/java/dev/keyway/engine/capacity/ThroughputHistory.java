package dev.keyway.engine.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The capacity changes of one table or GSI that DescribeTable reports (LastIncreaseDateTime,
 * LastDecreaseDateTime, NumberOfDecreasesToday), and DynamoDB's limit on decreases: four any time
 * in a UTC day, then one more after each hour without a decrease, at most 27 a day. Guarded by its
 * own monitor.
 */
final class ThroughputHistory {
  static final int FREE_DECREASES = 4;
  static final int MAX_DECREASES = 27;

  private Instant lastIncrease;
  private Instant lastDecrease;
  private LocalDate decreaseDay;
  private int decreasesToday;

  synchronized boolean mayDecrease(Instant now) {
    int today = decreasesOn(now);
    return today < FREE_DECREASES
        || today < MAX_DECREASES && !lastDecrease.plusSeconds(3600).isAfter(now);
  }

  synchronized void changed(long from, long to, Instant now) {
    if (to > from) {
      lastIncrease = now;
    } else if (to < from) {
      decreasesToday = decreasesOn(now) + 1;
      decreaseDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
      lastDecrease = now;
    }
  }

  synchronized Instant lastIncrease() {
    return lastIncrease;
  }

  synchronized Instant lastDecrease() {
    return lastDecrease;
  }

  synchronized int decreasesOn(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).equals(decreaseDay) ? decreasesToday : 0;
  }
}
