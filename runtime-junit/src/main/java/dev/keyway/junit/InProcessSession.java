package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import java.util.List;

/** A new in-memory engine for every test, closed after it. */
final class InProcessSession implements BackendSession {
  private final List<TableDefinition> tables;
  private Engine engine;

  InProcessSession(List<TableDefinition> tables) {
    this.tables = tables;
  }

  @Override
  public Backend beforeTest() {
    engine = Engine.inMemory();
    TableReset.create(engine, tables);
    return engine;
  }

  @Override
  public StreamsBackend streams() {
    return engine;
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
