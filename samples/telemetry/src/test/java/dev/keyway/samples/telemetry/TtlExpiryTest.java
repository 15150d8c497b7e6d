package dev.keyway.samples.telemetry;

import static dev.keyway.samples.telemetry.TelemetryFixture.RETENTION;
import static dev.keyway.samples.telemetry.TelemetryFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TtlExpiryTest {
  private final TelemetryFixture f = new TelemetryFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theTtlAttributeHoldsTheReadingTimePlusRetentionInEpochSeconds() {
    f.record("d1", 0, "1");
    Map<String, AttributeValue> item = f.engine.getItem(GetItemRequest.builder().tableName("Telemetry")
        .key(Map.of("PK", AttributeValue.s("DEVICE#d1"), "SK", AttributeValue.s("READING#2026-03-01T12:00:00.000000000Z")))
        .build()).item();
    assertEquals(AttributeValue.n(Long.toString(at(0).plus(RETENTION).getEpochSecond())), item.get("expiresAt"));
  }

  @Test
  void readingsExpireOnceTheirRetentionHasPassedByTheEnginesClock() {
    f.record("d1", 0, "1");
    f.record("d1", 30, "2");
    f.record("d1", 60, "3");

    f.clock.advance(Duration.ofMinutes(60)); // 13:00: the first reading expires at 13:00, not before
    assertEquals(0, f.engine.sweepExpiredItems());

    f.clock.advance(Duration.ofMinutes(31)); // 13:31: 12:00 and 12:30 have passed
    assertEquals(List.of(at(0), at(30), at(60)), times(f.service.between("d1", at(0), at(60))),
        "expired readings stay readable until a sweep deletes them, as in DynamoDB");
    assertEquals(2, f.engine.sweepExpiredItems());
    assertEquals(List.of(at(60)), times(f.service.between("d1", at(0), at(60))));

    f.clock.advance(Duration.ofHours(1));
    assertEquals(1, f.engine.sweepExpiredItems());
    assertEquals(List.of(), f.service.latest("d1", 10));
  }

  @Test
  void theSummaryItemHasNoTtlAndStays() {
    f.record("d1", 0, "1");
    f.updater.catchUp();
    f.clock.advance(Duration.ofDays(30));
    assertEquals(1, f.engine.sweepExpiredItems());
    f.updater.catchUp();
    f.assertSummary("d1", 0, "0", null, null, 1);
  }

  private static List<Instant> times(List<Reading> readings) {
    return readings.stream().map(Reading::at).toList();
  }
}
