package dev.keyway.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long {@link TableDefinition#createIfAbsent(dev.keyway.spi.Backend, TableWait)} waits for a table and its
 * indexes to become ACTIVE: DescribeTable at most {@code attempts} times, pausing {@code interval} between
 * two calls through {@code pause} (tests pass one that does not sleep).
 */
public record TableWait(int attempts, Duration interval, Pause pause) {

  /** Waits between two DescribeTable calls. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration interval) throws InterruptedException;
  }

  /** Sleeps the calling thread. */
  public static final Pause SLEEP = interval -> Thread.sleep(interval.toMillis());

  public TableWait {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(pause, "pause");
  }

  /** Up to two minutes, checking every second: enough for an empty table and its indexes on DynamoDB. */
  public static TableWait standard() {
    return upTo(Duration.ofMinutes(2), Duration.ofSeconds(1));
  }

  /** Up to {@code timeout}, checking every {@code interval}, sleeping in between. */
  public static TableWait upTo(Duration timeout, Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    long attempts = Math.max(1, timeout.toMillis() / Math.max(1, interval.toMillis()) + 1);
    return new TableWait((int) Math.min(Integer.MAX_VALUE, attempts), interval, SLEEP);
  }

  /** The same bound with another way to pause (tests). */
  public TableWait pausingWith(Pause other) {
    return new TableWait(attempts, interval, other);
  }

  /** The longest time this wait spends pausing. */
  public Duration bound() {
    return interval.multipliedBy(attempts - 1L);
  }
}
