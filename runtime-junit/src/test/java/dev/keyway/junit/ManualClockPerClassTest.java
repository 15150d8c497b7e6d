package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** One instance for all tests: its constructor gets the clock before the class's callbacks run. */
@KeywayTest(tables = Sessions.class)
@WithManualClock
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManualClockPerClassTest {
  private static final Instant START = Instant.parse(WithManualClock.DEFAULT_START);
  private final ManualClock clock;
  private final List<Engine> seen = new ArrayList<>(); // not a field of type Engine: that one would be injected

  ManualClockPerClassTest(ManualClock clock) {
    assertThat(clock.instant()).isEqualTo(START);
    this.clock = clock;
  }

  @BeforeAll
  void sameClockInBeforeAll(ManualClock parameter) {
    assertThat(parameter).isSameAs(clock);
  }

  @Test
  @Order(1)
  void aTestMovesTheClock(Engine engine, Sessions sessions) {
    seen.add(engine);
    sessions.sessions().put(Session.expiringAt("s1", START.plus(Duration.ofMinutes(5))));
    clock.advance(Duration.ofMinutes(10));
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void theNextStartsAtTheStartOnAFreshEngine(Engine engine, Sessions sessions) {
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(seen).hasSize(1);
    assertThat(engine).isNotSameAs(seen.get(0));
    assertThat(sessions.sessions().scan().stream()).isEmpty();
  }
}
