package dev.keyway.junit;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;

/**
 * What one test runs against: the backend its facades use, the engine behind it when it is
 * Keyway's (the backend itself in process, the server's engine for {@link TestTarget#SERVER}), else
 * null, and the backend's Streams API (the engine in process, else {@code AwsStreamsBackend}).
 */
record TestBackend(Backend backend, Engine engine, StreamsBackend streams) {}
