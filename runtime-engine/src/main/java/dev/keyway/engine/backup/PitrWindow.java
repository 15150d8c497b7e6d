package dev.keyway.engine.backup;

import java.time.Duration;
import java.time.Instant;

/**
 * The seconds a point-in-time restore may choose, as DynamoDB reports them: from the later of when
 * recovery was enabled and the start of the recovery period, to five minutes before now (DynamoDB's
 * LatestRestorableDateTime lags the present by about five minutes), never before the earliest.
 */
public record PitrWindow(Instant earliest, Instant latest) {
  static final Duration LAG = Duration.ofMinutes(5);

  static PitrWindow of(Instant since, int periodDays, Instant now) {
    Instant periodStart = now.minus(Duration.ofDays(periodDays));
    Instant earliest = since.isAfter(periodStart) ? since : periodStart;
    Instant latest = now.minus(LAG);
    return new PitrWindow(earliest, latest.isBefore(earliest) ? earliest : latest);
  }

  public boolean contains(Instant time) {
    return !time.isBefore(earliest) && !time.isAfter(latest);
  }
}
