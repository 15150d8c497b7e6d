package dev.keyway.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures systems on the same operation in one run: each is warmed up, then all are measured in
 * short rounds whose order alternates (A B, B A, A B, ...), so that load from elsewhere on the
 * machine hits them alike.
 */
final class Duel {
  private Duel() {}

  static void run(
      List<Contender> contenders,
      int span,
      int threads,
      int items,
      long warmupMillis,
      long measureMillis,
      int rounds)
      throws InterruptedException {
    for (Contender c : contenders) {
      c.warmUp(span, threads, items, warmupMillis);
    }
    List<Contender> order = new ArrayList<>(contenders);
    for (int round = 0; round < rounds; round++) {
      for (Contender c : order) {
        c.measure(span, threads, items, measureMillis / rounds);
      }
      Collections.reverse(order);
    }
  }
}
