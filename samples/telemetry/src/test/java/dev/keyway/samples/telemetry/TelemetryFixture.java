package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.stream.StartingPosition;
import dev.keyway.junit.KeywayTest;
import dev.keyway.junit.WithManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests share: for each test a fresh engine on a manual clock at {@link #T0} (no background TTL sweeps),
 * the Telemetry table with its stream, and a summary updater reading the stream from its start. Readings are kept
 * for one hour.
 */
@KeywayTest(tables = Telemetry.class)
@WithManualClock(start = TelemetryFixture.START)
abstract class TelemetryFixture {
  static final String START = "2026-03-01T12:00:00Z";
  static final Instant T0 = Instant.parse(START);
  static final Duration RETENTION = Duration.ofHours(1);

  ManualClock clock;
  Engine engine;
  Telemetry telemetry;
  TelemetryService service;
  SummaryUpdater updater;

  @BeforeEach
  void startReadingTheStream() {
    service = new TelemetryService(telemetry, RETENTION);
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
}
