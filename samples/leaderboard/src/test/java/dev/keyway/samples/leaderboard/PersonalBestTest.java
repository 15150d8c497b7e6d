package dev.keyway.samples.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.junit.KeywayTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The best round is replaced only by a strictly better one, decided by the put's condition. */
@KeywayTest(tables = Leaderboard.class)
class PersonalBestTest {
  private static final Instant T0 = Instant.parse("2026-01-10T18:00:00Z");

  Leaderboard leaderboard;

  private PersonalBest round(long points, int minute) {
    return new PersonalBest("ann", "blitz", points, T0.plusSeconds(60L * minute));
  }

  private PersonalBest stored() {
    return leaderboard.personalBests().get("ann", "blitz").orElseThrow();
  }

  @Test
  void theFirstRoundIsTheBestEvenWhenNegative() {
    LeaderboardService service = new LeaderboardService(leaderboard);
    assertTrue(service.keepIfBest(round(-5, 0)));
    assertEquals(round(-5, 0), stored());
    assertTrue(service.keepIfBest(round(-2, 1)), "-2 beats -5");
    assertEquals(-2, stored().points());
  }

  @Test
  void onlyAStrictlyBetterRoundReplacesIt() {
    LeaderboardService service = new LeaderboardService(leaderboard);
    assertTrue(service.keepIfBest(round(30, 0)));
    assertFalse(service.keepIfBest(round(12, 1)));
    assertFalse(service.keepIfBest(round(30, 2)), "an equal round keeps the earlier one");
    assertEquals(round(30, 0), stored());
    assertTrue(service.keepIfBest(round(31, 3)));
    assertEquals(round(31, 3), stored());
  }

  @Test
  void recordingARoundUpdatesTheTotalAndTheBest() {
    LeaderboardService service = new LeaderboardService(leaderboard);
    service.recordRound("ann", "blitz", "eu", 3, T0);
    service.recordRound("ann", "blitz", "eu", -2, T0.plusSeconds(60));
    PlayerScore total = service.recordRound("ann", "blitz", "eu", 1, T0.plusSeconds(120));
    assertEquals(2, total.score());
    assertEquals(3, total.rounds());
    assertEquals(round(3, 0), stored());
    assertTrue(leaderboard.personalBests().get("ann", "chess").isEmpty());
  }
}
