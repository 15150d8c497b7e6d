package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.stream.StartingPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A fresh engine on a simulated clock (no background TTL sweeps), the Telemetry table with its stream, and a
 * summary updater reading the stream from its start. Readings are kept for one hour.
 */
final class TelemetryFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  static final Duration RETENTION = Duration.ofHours(1);

  final ManualClock clock = new ManualClock(T0);
  final Engine engine = Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  final Telemetry telemetry = Telemetry.connect(engine);
  final TelemetryService service = new TelemetryService(telemetry, RETENTION);
  final SummaryUpdater updater;

  TelemetryFixture() {
    telemetry.createTableIfAbsent();
    updater = new SummaryUpdater(telemetry, service,
        engine.streams().subscribe(Telemetry.DEFINITION.name(), StartingPosition.trimHorizon()));
  }

  /** Records a reading taken {@code minutes} after T0. */
  Reading record(String deviceId, int minutes, String value) {
    return service.record(deviceId, at(minutes), new BigDecimal(value));
  }

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** Asserts the kept summary of a device, values compared whatever their scale; null min/max for none. */
  void assertSummary(String deviceId, long count, String sum, String min, String max, long expired) {
    DeviceSummary s = service.summary(deviceId);
    assertEquals(count, s.count(), "count of " + deviceId);
    assertNumber(sum, s.sum(), "sum of " + deviceId);
    assertNumber(min, s.min(), "min of " + deviceId);
    assertNumber(max, s.max(), "max of " + deviceId);
    assertEquals(expired, s.expired(), "expired of " + deviceId);
  }

  private static void assertNumber(String expected, BigDecimal actual, String what) {
    if (expected == null) {
      assertNull(actual, what);
    } else {
      assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual == null ? null : actual.stripTrailingZeros(),
          what);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
