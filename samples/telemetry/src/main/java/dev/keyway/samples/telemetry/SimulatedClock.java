package dev.keyway.samples.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock moved by hand. Given to the engine ({@code Engine.builder().clock(..)}), it decides when readings
 * have expired, so the simulation (and its tests) pass days in an instant instead of sleeping.
 */
public final class SimulatedClock extends Clock {
  private volatile Instant now;

  public SimulatedClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a simulated clock is always UTC");
  }
}
