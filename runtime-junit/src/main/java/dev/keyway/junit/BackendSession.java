package dev.keyway.junit;

import dev.keyway.spi.Backend;

/** Where one test class's tests run: a backend per test, with the declared tables ready and empty. */
interface BackendSession extends AutoCloseable {
  /** The backend for the next test. */
  Backend beforeTest();

  /** Called after each test. */
  void afterTest();

  /** Called after the class's last test. */
  @Override
  void close();

  static BackendSession open(TestTarget target, Facades facades) {
    return switch (target) {
      case IN_PROCESS -> new InProcessSession(facades.definitions());
      case SERVER -> ServerSession.open(facades.definitions());
      case ENDPOINT -> EndpointSession.open(facades.definitions());
    };
  }
}
