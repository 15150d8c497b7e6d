package dev.keyway.samples.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranking's sort key text, compared as DynamoDB compares strings (UTF-8 bytes), orders totals numerically. */
class ScoreKeyOrderTest {
  private static final Comparator<String> DYNAMODB_ORDER = (a, b) ->
      Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  @Test
  void negativeTotalsSortBeforeZeroAndInNumericOrder() {
    assertEquals("SCORE#-9999999999999999958#bob", PlayerScoreKeys.gsi1Sk(-42, "bob"));
    assertEquals("SCORE#0000000000000000042#ann", PlayerScoreKeys.gsi1Sk(42, "ann"));
    List<Long> totals = List.of(Long.MIN_VALUE, -1_000_000L, -42L, -41L, -1L, 0L, 1L, 41L, 42L, 1_000_000L,
        Long.MAX_VALUE);
    assertEquals(totals, sortedByKey(totals));
  }

  @Test
  void keyOrderIsNumericOrderForSeededTotals() {
    Random random = new Random(20260110);
    List<Long> totals = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      totals.add(i % 2 == 0 ? random.nextLong() : random.nextInt(2_001) - 1_000L);
    }
    List<Long> numeric = totals.stream().sorted().toList();
    assertEquals(numeric, sortedByKey(totals));
  }

  @Test
  void tiesAreOrderedByPlayerIdBetweenTheNeighbouringTotals() {
    List<String> ordered = List.of(PlayerScoreKeys.gsi1Sk(-2, "zed"), PlayerScoreKeys.gsi1Sk(-1, "ann"),
        PlayerScoreKeys.gsi1Sk(-1, "bob"), PlayerScoreKeys.gsi1Sk(0, "amy"));
    List<String> keys = new ArrayList<>(ordered);
    Collections.reverse(keys);
    keys.sort(DYNAMODB_ORDER);
    assertEquals(ordered, keys);
  }

  private static List<Long> sortedByKey(List<Long> totals) {
    return totals.stream()
        .sorted(Comparator.comparing((Long total) -> PlayerScoreKeys.gsi1Sk(total, "p"), DYNAMODB_ORDER))
        .toList();
  }
}
