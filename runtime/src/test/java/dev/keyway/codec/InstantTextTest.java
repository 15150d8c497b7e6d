package dev.keyway.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  private static void same(Instant i) {
    assertEquals(i.toString(), ItemCodec.instantText(i), () -> "seconds " + i.getEpochSecond() + " nano " + i.getNano());
  }

  @Test
  void matchesInstantToString() {
    long[] seconds = {0, -1, 1, -62167219200L, -62167219201L, 253402300799L, 253402300800L, 1709296496L,
        Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond(), 951782400L /* 2000-02-29 */};
    int[] nanos = {0, 1, 999_999_999, 1_000_000, 120_000_000, 789_000_000, 1000, 123_456_000, 123_456_789, 10};
    for (long s : seconds) {
      for (int n : nanos) {
        same(Instant.ofEpochSecond(s, n));
      }
    }
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      long s = r.nextLong(-62167219300L, 253402300900L);
      int n = switch (r.nextInt(4)) {
        case 0 -> 0;
        case 1 -> r.nextInt(1000) * 1_000_000;
        case 2 -> r.nextInt(1_000_000) * 1000;
        default -> r.nextInt(1_000_000_000);
      };
      same(Instant.ofEpochSecond(s, n));
    }
  }
}
