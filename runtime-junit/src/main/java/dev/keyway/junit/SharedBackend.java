package dev.keyway.junit;

import dev.keyway.aws.AwsStreamsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;

/**
 * A backend and its Streams API that are costly to start (a server, SDK clients), shared by every
 * test class of the run that uses its target, and closed by JUnit when the run ends. {@code engine}
 * is the engine behind it when it is Keyway's server, else null.
 */
record SharedBackend(Backend backend, Engine engine, AwsStreamsBackend streams, AutoCloseable resources)
    implements AutoCloseable {
  static SharedBackend start(TestTarget target) {
    return switch (target) {
      case SERVER -> ServerBackend.start();
      case ENDPOINT -> EndpointBackend.start();
      case IN_PROCESS -> throw new IllegalArgumentException("the in-process engine is not shared");
    };
  }

  /** The backends first, then what they run on. */
  @Override
  public void close() throws Exception {
    try (AutoCloseable r = resources; Backend b = backend; AwsStreamsBackend s = streams) {
      // all closed
    }
  }
}
