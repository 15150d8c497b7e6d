package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TtlExpiryTest extends TelemetryFixture {
  @Test
  void theTtlAttributeHoldsTheReadingTimePlusRetentionInEpochSeconds() {
    record("d1", 0, "1");
    Map<String, AttributeValue> item = engine.getItem(GetItemRequest.builder().tableName("Telemetry")
        .key(Map.of("PK", AttributeValue.s("DEVICE#d1"), "SK", AttributeValue.s("READING#2026-03-01T12:00:00.000000000Z")))
        .build()).item();
    assertEquals(AttributeValue.n(Long.toString(at(0).plus(RETENTION).getEpochSecond())), item.get("expiresAt"));
  }

  @Test
  void readingsExpireOnceTheirRetentionHasPassedByTheEnginesClock() {
    record("d1", 0, "1");
    record("d1", 30, "2");
    record("d1", 60, "3");

    clock.advance(Duration.ofMinutes(60)); // 13:00: the first reading expires at 13:00, not before
    assertEquals(0, engine.sweepExpiredItems());

    clock.advance(Duration.ofMinutes(31)); // 13:31: 12:00 and 12:30 have passed
    assertEquals(List.of(at(0), at(30), at(60)), times(service.between("d1", at(0), at(60))),
        "expired readings stay readable until a sweep deletes them, as in DynamoDB");
    assertEquals(2, engine.sweepExpiredItems());
    assertEquals(List.of(at(60)), times(service.between("d1", at(0), at(60))));

    clock.advance(Duration.ofHours(1));
    assertEquals(1, engine.sweepExpiredItems());
    assertEquals(List.of(), service.latest("d1", 10));
  }

  @Test
  void theSummaryItemHasNoTtlAndStays() {
    record("d1", 0, "1");
    updater.catchUp();
    clock.advance(Duration.ofDays(30));
    assertEquals(1, engine.sweepExpiredItems());
    updater.catchUp();
    assertSummary("d1", 0, "0", null, null, 1);
  }

  private static List<Instant> times(List<Reading> readings) {
    return readings.stream().map(Reading::at).toList();
  }
}
