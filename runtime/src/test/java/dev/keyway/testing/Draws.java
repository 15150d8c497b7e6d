package dev.keyway.testing;

import java.util.Random;

/**
 * Random values for seeded tries, biased towards the edges of their range (bounds, zero, one
 * past zero), where encoding and ordering bugs live; about one draw in eight is an edge.
 */
public final class Draws {
  private Draws() {}

  /** Any long, edges included. */
  public static long anyLong(Random random) {
    if (random.nextInt(8) == 0) {
      long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
      return edges[random.nextInt(edges.length)];
    }
    return random.nextInt(2) == 0 ? random.nextLong() : random.nextInt(2001) - 1000;
  }

  /** A long in {@code [min, max]}, edges included. */
  public static long longBetween(Random random, long min, long max) {
    if (random.nextInt(8) == 0) {
      long[] edges = {min, max, Math.max(min, Math.min(max, 0)), Math.max(min, Math.min(max, 1))};
      return edges[random.nextInt(edges.length)];
    }
    return min + (long) (random.nextDouble() * ((double) max - min + 1));
  }

  /** An int in {@code [min, max]}, edges included. */
  public static int intBetween(Random random, int min, int max) {
    return (int) longBetween(random, min, max);
  }

  /**
   * A string of up to eight UTF-16 chars: ASCII, the key separator '#' and escape '%', other
   * BMP characters, and lone surrogates (Java strings may hold them).
   */
  public static String anyString(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(9);
    for (int i = 0; i < length; i++) {
      sb.append(switch (random.nextInt(5)) {
        case 0 -> (char) (0x20 + random.nextInt(0x5F));
        case 1 -> random.nextBoolean() ? '#' : '%';
        case 2 -> (char) random.nextInt(0x80);
        case 3 -> (char) (0xD800 + random.nextInt(0x800));
        default -> (char) random.nextInt(0x10000);
      });
    }
    return sb.toString();
  }
}
