package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummaryUpdaterTest extends TelemetryFixture {
  @Test
  void insertsAddToTheirDevicesSummary() {
    record("d1", 0, "21.5");
    record("d1", 10, "19.25");
    record("d1", 20, "-3");
    record("d2", 0, "7");
    assertEquals(4, updater.catchUp());
    assertSummary("d1", 3, "37.75", "-3", "21.5", 0);
    assertSummary("d2", 1, "7", "7", "7", 0);
    assertEquals(new BigDecimal("12.58333333333333"), service.summary("d1").mean());
  }

  @Test
  void theSummariesOwnRecordsAreSkipped() {
    record("d1", 0, "1");
    assertEquals(1, updater.catchUp());
    assertEquals(0, updater.catchUp(), "the summary written by the first catch-up is not a reading change");
    assertSummary("d1", 1, "1", "1", "1", 0);
  }

  @Test
  void aCorrectionReplacesTheOldValueAndRecomputesALostMaximum() {
    record("d1", 0, "10");
    record("d1", 10, "50");
    record("d1", 20, "30");
    record("d1", 10, "20"); // MODIFY: 50 was the maximum
    assertEquals(4, updater.catchUp());
    assertSummary("d1", 3, "60", "10", "30", 0);

    record("d1", 20, "5"); // MODIFY: the maximum becomes the minimum
    updater.catchUp();
    assertSummary("d1", 3, "35", "5", "20", 0);
  }

  @Test
  void aDeletionTakesTheReadingOutAndIsNotCountedAsExpired() {
    record("d1", 0, "10");
    record("d1", 10, "2");
    record("d1", 20, "7");
    updater.catchUp();
    service.delete("d1", at(10)); // the minimum
    service.delete("d1", at(99)); // absent: no change, no record
    assertEquals(1, updater.catchUp());
    assertSummary("d1", 2, "17", "7", "10", 0);
  }

  @Test
  void ttlDeletionsAreCountedAsExpired() {
    record("d1", 0, "4");
    record("d1", 30, "9");
    record("d1", 90, "6");
    updater.catchUp();

    clock.advance(Duration.ofMinutes(91)); // 13:31: the readings of 12:00 and 12:30 have expired
    assertEquals(2, engine.sweepExpiredItems());
    assertEquals(2, updater.catchUp());
    assertSummary("d1", 1, "6", "6", "6", 2);

    record("d1", 100, "8"); // a new reading after expiry: only the stored readings count
    updater.catchUp();
    assertSummary("d1", 2, "14", "6", "8", 2);

    clock.advance(Duration.ofHours(2));
    assertEquals(2, engine.sweepExpiredItems());
    updater.catchUp();
    assertSummary("d1", 0, "0", null, null, 4);
  }

  @Test
  void theKeptSummaryEqualsOneRecomputedFromTheStoredReadings() {
    for (int minute = 0; minute < 120; minute += 5) {
      record("d1", minute, Integer.toString((minute * 37) % 23 - 11));
      if (minute % 15 == 0) {
        record("d1", minute, Integer.toString(minute % 7)); // corrected at once
      }
      clock.advance(Duration.ofMinutes(5));
      engine.sweepExpiredItems();
      updater.catchUp();
    }
    DeviceSummary kept = service.summary("d1");
    DeviceSummary stored = service.summarize("d1");
    assertSummary("d1", stored.count(), stored.sum().toPlainString(), stored.min().toPlainString(),
        stored.max().toPlainString(), kept.expired());
    assertEquals(12, stored.count(), "one hour of readings every five minutes");
    assertEquals(12, kept.expired());
  }
}
