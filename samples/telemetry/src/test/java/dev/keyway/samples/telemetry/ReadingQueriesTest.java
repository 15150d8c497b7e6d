package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadingQueriesTest extends TelemetryFixture {
  @BeforeEach
  void recordOutOfOrder() {
    // out of time order, with sub-second times: the fixed-width key still sorts them by time
    for (int minutes : new int[] {30, 0, 50, 10, 40, 20}) {
      record("d1", minutes, Integer.toString(minutes));
    }
    service.record("d1", at(20).plusMillis(500), new BigDecimal("20.5"));
    record("d2", 25, "99");
    updater.catchUp(); // writes d1's summary into the same partition: the queries must not return it
  }

  @Test
  void aTimeRangeIsInclusiveAndInTimeOrder() {
    assertEquals(List.of(at(10), at(20), at(20).plusMillis(500), at(30)),
        times(service.between("d1", at(10), at(30))));
    assertEquals(List.of(), times(service.between("d1", at(51), at(90))));
  }

  @Test
  void theLatestReadingsComeNewestFirst() {
    assertEquals(List.of(at(50), at(40), at(30)), times(service.latest("d1", 3)));
    assertEquals(List.of(at(25)), times(service.latest("d2", 3)));
    assertEquals(List.of(), times(service.latest("d3", 3)));
  }

  @Test
  void pagesWalkEveryReadingOfOneDeviceOnly() {
    PageRequest request = PageRequest.first(3);
    int pages = 0;
    List<Instant> seen = new ArrayList<>();
    while (request != null) {
      Page<Reading> page = telemetry.readingQueries().readings("d1", request);
      seen.addAll(times(page.items()));
      pages++;
      request = page.nextRequest(request).orElse(null);
    }
    assertEquals(List.of(at(0), at(10), at(20), at(20).plusMillis(500), at(30), at(40), at(50)), seen);
    assertEquals(3, pages);
  }

  private static List<Instant> times(List<Reading> readings) {
    return readings.stream().map(Reading::at).toList();
  }
}
