package dev.keyway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void movesOnlyWhenToldTo() {
    ManualClock clock = new ManualClock(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    clock.advance(Duration.ofHours(2));
    assertThat(clock.millis()).isEqualTo(T0.plus(Duration.ofHours(2)).toEpochMilli());
    clock.set(T0.minusSeconds(1));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(1));
  }

  @Test
  void aZoneViewSharesTheTime() {
    ManualClock clock = new ManualClock(T0);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    clock.advance(Duration.ofMinutes(5));
    assertThat(paris.instant()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    ((ManualClock) paris).advance(Duration.ofMinutes(5));
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
  }
}
