package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import java.time.Duration;
import java.util.List;

/** A new in-memory engine for every test, closed after it. */
final class InProcessSession implements BackendSession {
  private final List<TableDefinition> tables;
  private final ManualClock clock;
  private Engine engine;

  /** {@code clock}: what the engines run on, or null for the system clock. */
  InProcessSession(List<TableDefinition> tables, ManualClock clock) {
    this.tables = tables;
    this.clock = clock;
  }

  @Override
  public TestBackend beforeTest() {
    engine = clock == null ? Engine.inMemory() : onClock(clock);
    TableReset.create(engine, tables);
    return new TestBackend(engine, engine, engine);
  }

  /** No background TTL sweeps: they would run on the wall clock's schedule, so items expire when the test says. */
  private static Engine onClock(ManualClock clock) {
    return Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  }

  @Override
  public void afterTest() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  @Override
  public void close() {
    afterTest();
  }
}
