package dev.keyway.junit;

import dev.keyway.engine.ManualClock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The {@link ManualClock} of a {@link WithManualClock} class, and where it stands when each test begins. */
record TestClock(ManualClock clock, Instant start) {
  /** The clock {@code annotation} declares on {@code testClass}, at its start. */
  static TestClock of(WithManualClock annotation, Class<?> testClass) {
    Instant start = start(annotation, testClass);
    return new TestClock(new ManualClock(start), start);
  }

  static Instant start(WithManualClock annotation, Class<?> testClass) {
    try {
      return Instant.parse(annotation.start());
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException("@WithManualClock(start = \"" + annotation.start() + "\") on "
          + testClass.getName() + " is not an ISO-8601 instant; write one such as " + WithManualClock.DEFAULT_START);
    }
  }

  /** Sets the clock back to its start. */
  void reset() {
    clock.set(start);
  }
}
