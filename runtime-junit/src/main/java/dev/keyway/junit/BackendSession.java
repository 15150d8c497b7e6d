package dev.keyway.junit;

import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Where one test class's tests run: a backend per test, with the declared tables ready and empty. */
interface BackendSession extends AutoCloseable {
  /** The backend for the next test. */
  Backend beforeTest();

  /** The Streams API of the backend of the running test. */
  StreamsBackend streams();

  /** Called after each test. */
  void afterTest();

  /** Called after the class's last test. */
  @Override
  void close();

  /** {@code store}: where the run's shared backends live (the root context's). */
  static BackendSession open(TestTarget target, Facades facades, ExtensionContext.Store store) {
    if (target == TestTarget.IN_PROCESS) {
      return new InProcessSession(facades.definitions());
    }
    SharedBackend shared = store.getOrComputeIfAbsent(target, SharedBackend::start, SharedBackend.class);
    return new SharedSession(shared, facades.definitions());
  }
}
