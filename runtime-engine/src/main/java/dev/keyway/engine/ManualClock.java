package dev.keyway.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to. Given to an engine ({@code Engine.builder().clock(..)}), it
 * decides when TTL expires items, when point-in-time windows open, how capacity refills and when
 * stream records age out, so tests and simulations pass hours in an instant instead of sleeping.
 * Safe to move from one thread while others read it; {@link #withZone} views share its time.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock at {@code start}, in UTC. */
  public ManualClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves the time forward (or back, for a negative duration). */
  public void advance(Duration by) {
    Objects.requireNonNull(by, "by");
    now.updateAndGet(t -> t.plus(by));
  }

  /** Sets the time. */
  public void set(Instant to) {
    now.set(Objects.requireNonNull(to, "to"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock seen in another zone: moving either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new ManualClock(now, zone);
  }
}
