package dev.keyway.junit;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;

/**
 * What one test runs against: the backend its facades use, and the engine behind it when it is
 * Keyway's (the backend itself in process, the server's engine for {@link TestTarget#SERVER}), else null.
 */
record TestBackend(Backend backend, Engine engine) {}
