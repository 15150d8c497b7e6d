package dev.keyway.junit;

import dev.keyway.engine.ManualClock;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Where one test class's tests run: a backend per test, with the declared tables ready and empty. */
interface BackendSession extends AutoCloseable {
  /** The backend for the next test. */
  TestBackend beforeTest();

  /** Called after each test. */
  void afterTest();

  /** Called after the class's last test. */
  @Override
  void close();

  /**
   * {@code clock}: what the in-process engines run on, or null for the system clock (only the
   * in-process target takes one); {@code store}: where the run's shared backends live (the root context's).
   */
  static BackendSession open(TestTarget target, Facades facades, ManualClock clock, ExtensionContext.Store store) {
    if (target == TestTarget.IN_PROCESS) {
      return new InProcessSession(facades.definitions(), clock);
    }
    if (clock != null) {
      throw new IllegalArgumentException("a manual clock drives only the in-process engine, not " + target);
    }
    SharedBackend shared = store.getOrComputeIfAbsent(target, SharedBackend::start, SharedBackend.class);
    return new SharedSession(shared, facades.definitions());
  }
}
