package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import java.util.List;

/**
 * A test class on a {@link SharedBackend}: its tables are created once and emptied before every
 * test; the backend outlives the class.
 */
final class SharedSession implements BackendSession {
  private final Backend backend;
  private final StreamsBackend streams;
  private final List<TableDefinition> tables;

  SharedSession(SharedBackend shared, List<TableDefinition> tables) {
    this.backend = shared.backend();
    this.streams = shared.streams();
    this.tables = tables;
    TableReset.create(backend, tables);
  }

  @Override
  public Backend beforeTest() {
    TableReset.empty(backend, tables);
    return backend;
  }

  @Override
  public StreamsBackend streams() {
    return streams;
  }

  @Override
  public void afterTest() {}

  @Override
  public void close() {}
}
