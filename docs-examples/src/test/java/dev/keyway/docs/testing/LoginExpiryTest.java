package dev.keyway.docs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.junit.KeywayTest;
import dev.keyway.junit.WithManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

// snippet:start clock
@KeywayTest(tables = Logins.class)
@WithManualClock(start = "2026-03-01T12:00:00Z")   // where the clock stands when each test begins
class LoginExpiryTest {
  Logins logins;
  ManualClock clock;                                 // moves only when the test moves it
  Engine engine;                                     // the test's engine, running on that clock

  @Test
  void aLoginExpiresAnHourAfterItIsMade() {
    logins.logins().put(new Login("t1", "ada", clock.instant().plus(Duration.ofHours(1))));

    clock.advance(Duration.ofMinutes(61));
    assertTrue(logins.logins().get("t1").isPresent());  // expired, yet readable until deleted, as in DynamoDB
    assertEquals(1, engine.sweepExpiredItems());         // TTL deletes what has expired by the clock, now
    assertTrue(logins.logins().get("t1").isEmpty());
  }

  @Test
  void everyTestStartsAtTheStart() {
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), clock.instant());
  }
}
// snippet:end clock
