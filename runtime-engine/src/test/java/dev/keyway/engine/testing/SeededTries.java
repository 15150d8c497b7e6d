package dev.keyway.engine.testing;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Checks a property over generated inputs, as a plain JUnit test: each run draws a fresh seed
 * (or takes {@code -Dkeyway.seed=N}), and a failing try reports the seed, the try and its input,
 * so {@code -Dkeyway.seed=N} replays exactly the failing run.
 */
public final class SeededTries {
  public static final String SEED_PROPERTY = "keyway.seed";

  private SeededTries() {}

  /** Runs {@code property} on {@code tries} inputs drawn by {@code generator}. */
  public static <T> void forAll(int tries, Function<Random, T> generator, ThrowingConsumer<T> property) {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 1; i <= tries; i++) {
      T input = generator.apply(random);
      try {
        property.accept(input);
      } catch (Throwable failure) {
        throw new AssertionError("try " + i + " of " + tries + " failed for " + input + "\n  seed " + seed
            + " (rerun with -D" + SEED_PROPERTY + "=" + seed + ")\n  " + failure, failure);
      }
    }
  }

  private static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return fixed == null || fixed.isBlank() ? new Random().nextLong() : Long.parseLong(fixed.trim());
  }
}
