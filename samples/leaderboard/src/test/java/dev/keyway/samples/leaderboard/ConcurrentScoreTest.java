package dev.keyway.samples.leaderboard;

import static dev.keyway.samples.leaderboard.Boards.players;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.junit.KeywayTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Writers racing on one player: no point is lost, no better round is overwritten. */
@KeywayTest(tables = Leaderboard.class)
class ConcurrentScoreTest {
  private static final int THREADS = 4;
  private static final int ROUNDS_PER_THREAD = 10;

  Leaderboard leaderboard;

  @Test
  void concurrentRoundsAddUpExactly() throws Exception {
    LeaderboardService service = new LeaderboardService(leaderboard);
    long expected = 0;
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
        expected += points(t, i);
      }
    }
    // the first writers also race to create the total
    race(t -> () -> {
      for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
        service.addPoints("ann", "blitz", "eu", points(t, i));
      }
      return null;
    });

    PlayerScore ann = leaderboard.playerScores().get("ann", "blitz").orElseThrow();
    assertEquals(expected, ann.score());
    assertEquals(THREADS * ROUNDS_PER_THREAD, ann.rounds());
    assertEquals(THREADS * ROUNDS_PER_THREAD, ann.version(), "one write per round, none lost");
    List<PlayerScore> board = service.top("blitz", 10);
    assertEquals(List.of("ann"), players(board), "listed once: every old index entry was replaced");
    assertEquals(expected, board.get(0).score());
    assertEquals(expected, service.topInRegion("blitz", "eu", 10).get(0).score());
  }

  @Test
  void concurrentBestsKeepTheHighest() throws Exception {
    LeaderboardService service = new LeaderboardService(leaderboard);
    Instant at = Instant.parse("2026-01-10T18:00:00Z");
    race(t -> () -> {
      for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
        service.keepIfBest(new PersonalBest("ann", "blitz", points(t, i), at.plusSeconds(t)));
      }
      return null;
    });
    long highest = Long.MIN_VALUE;
    int offeredBy = -1;
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
        if (points(t, i) > highest) {
          highest = points(t, i);
          offeredBy = t;
        }
      }
    }
    PersonalBest best = leaderboard.personalBests().get("ann", "blitz").orElseThrow();
    assertEquals(highest, best.points());
    assertEquals(at.plusSeconds(offeredBy), best.playedAt());
  }

  /** Points per thread and round, some negative; positive ones are distinct. */
  private static long points(int thread, int round) {
    return round % 3 == 2 ? -(thread + 1) : thread * 100L + round;
  }

  /** Runs one task per thread, all released together, and fails on the first failure. */
  private static void race(IntFunction<Callable<Void>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<Void> work = task.apply(t);
        results.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
