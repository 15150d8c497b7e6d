package dev.keyway.engine.capacity;

import java.time.Instant;

/**
 * Capacity units of one table, index or partition, as DynamoDB meters them: refilled at
 * {@code rate} units per second, keeping up to {@code burstSeconds} seconds of unused capacity.
 * A request is admitted while the balance is positive and then pays what it actually consumed,
 * so a large item can take the balance below zero, and the next requests wait for the refill
 * (DynamoDB cannot know a read's size before it reads either). Holds one second of units when
 * made, refilled from then on; a bucket at a new rate keeps the balance of the one it replaces.
 * Guarded by its own monitor.
 */
final class TokenBucket {
  private final double rate;
  private final double burstSeconds;
  private final double capacity;
  private double balance;
  private Instant refilled;

  TokenBucket(double rate, double burstSeconds, Instant now) {
    this(rate, burstSeconds, rate, now);
  }

  private TokenBucket(double rate, double burstSeconds, double balance, Instant now) {
    this.rate = rate;
    this.burstSeconds = burstSeconds;
    this.capacity = rate * burstSeconds;
    this.balance = Math.min(balance, capacity);
    this.refilled = now;
  }

  /**
   * This bucket at another rate or burst from now on: the balance so far carries over (saved
   * burst, or a debt), capped by the new burst, so a scaling step does not reset it.
   */
  synchronized TokenBucket withRate(double newRate, double newBurstSeconds, Instant now) {
    refill(now);
    return new TokenBucket(newRate, newBurstSeconds, balance, now);
  }

  double rate() {
    return rate;
  }

  double burstSeconds() {
    return burstSeconds;
  }

  /** Whether a request may start now: the balance, refilled up to now, is above zero. */
  synchronized boolean admits(Instant now) {
    refill(now);
    return balance > 0;
  }

  /** Charges units consumed now (the balance may go below zero). */
  synchronized void take(double units, Instant now) {
    refill(now);
    balance -= units;
  }

  /** The balance refilled up to now. */
  synchronized double balance(Instant now) {
    refill(now);
    return balance;
  }

  /** Whether a bucket left alone since now would be full, so it may be forgotten. */
  synchronized boolean full(Instant now) {
    refill(now);
    return balance >= capacity;
  }

  private void refill(Instant now) {
    if (now.isAfter(refilled)) {
      long nanos = (now.getEpochSecond() - refilled.getEpochSecond()) * 1_000_000_000L
          + (now.getNano() - refilled.getNano());
      balance = Math.min(capacity, balance + rate * nanos / 1e9);
      refilled = now;
    }
  }
}
