package dev.keyway.junit;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;

/**
 * A backend that is costly to start (a server, an SDK client), shared by every test class of the run
 * that uses its target, and closed by JUnit when the run ends. {@code engine} is the engine behind
 * it when it is Keyway's server, else null.
 */
record SharedBackend(Backend backend, Engine engine, AutoCloseable resources) implements AutoCloseable {
  static SharedBackend start(TestTarget target) {
    return switch (target) {
      case SERVER -> ServerBackend.start();
      case ENDPOINT -> EndpointBackend.start();
      case IN_PROCESS -> throw new IllegalArgumentException("the in-process engine is not shared");
    };
  }

  /** The backend first, then what it runs on. */
  @Override
  public void close() throws Exception {
    try (AutoCloseable r = resources; Backend b = backend) {
      // both closed
    }
  }
}
