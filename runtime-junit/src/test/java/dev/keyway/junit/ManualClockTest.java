package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.spi.Backend;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@KeywayTest(tables = {Sessions.class, Notes.class})
@WithManualClock(start = "2026-03-01T12:00:00Z")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManualClockTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static ManualClock beforeAll;

  private final ManualClock fromConstructor;
  private final Instant seenByConstructor;
  ManualClock clock;
  Engine engine;
  Backend backend;
  Sessions sessions;

  ManualClockTest(ManualClock clock) {
    fromConstructor = clock;
    seenByConstructor = clock.instant();
  }

  @BeforeAll
  static void theClockExistsBeforeAll(ManualClock clock) {
    assertThat(clock.instant()).isEqualTo(START);
    beforeAll = clock;
  }

  @BeforeEach
  void everyTestStartsAtTheStart(ManualClock parameter) {
    assertThat(parameter).isSameAs(clock).isSameAs(fromConstructor).isSameAs(beforeAll);
    assertThat(seenByConstructor).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  @Order(1)
  void theTestsEngineRunsOnTheClock() {
    assertThat(engine).isSameAs(backend);
    assertThat(engine.describeTable(new DescribeTableRequest("Sessions")).table().creationDateTime())
        .isEqualTo(START);
    clock.advance(Duration.ofDays(3)); // the next test starts at START again
  }

  @Test
  @Order(2)
  void itemsExpireWhenTheClockHasPassedTheirTtlAndTheTestSweeps() {
    sessions.sessions().put(Session.expiringAt("s1", START.plus(Duration.ofHours(1))));
    sessions.sessions().put(Session.expiringAt("s2", START.plus(Duration.ofHours(2))));

    clock.advance(Duration.ofHours(1)); // s1 expires at 13:00, not before
    assertThat(engine.sweepExpiredItems()).isZero();

    clock.advance(Duration.ofMinutes(1));
    assertThat(sessions.sessions().get("s1")).as("readable until swept, as in DynamoDB").isPresent();
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    assertThat(sessions.sessions().get("s1")).isEmpty();
    assertThat(sessions.sessions().get("s2")).isPresent();
  }

  @Test
  @Order(3)
  void createdAndUpdatedStampsComeFromTheClock() {
    Session put = sessions.sessions().put(Session.expiringAt("s1", START.plus(Duration.ofDays(1))));
    assertThat(put.createdAt()).isEqualTo(START);
    clock.advance(Duration.ofMinutes(90));
    Session updated = sessions.sessions().update(SessionUpdate.of("s1").setExpiresAt(START.plus(Duration.ofDays(2))));
    assertThat(updated.createdAt()).isEqualTo(START);
    assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
    assertThat(sessions.sessions().get("s1")).contains(updated);
  }

  @Nested
  class NestedClasses {
    @Test
    void shareTheEnclosingClassesClock(ManualClock parameter, Engine engineParameter) {
      assertThat(parameter).isSameAs(clock);
      assertThat(engineParameter).isSameAs(engine);
      assertThat(parameter.instant()).isEqualTo(START);
    }
  }
}
