package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import java.util.List;

/**
 * A test class on a {@link SharedBackend}: its tables are created once and emptied before every
 * test; the backend outlives the class.
 */
final class SharedSession implements BackendSession {
  private final TestBackend backend;
  private final List<TableDefinition> tables;

  SharedSession(SharedBackend shared, List<TableDefinition> tables) {
    this.backend = new TestBackend(shared.backend(), shared.engine(), shared.streams());
    this.tables = tables;
    TableReset.create(backend.backend(), tables);
  }

  @Override
  public TestBackend beforeTest() {
    TableReset.empty(backend.backend(), tables);
    return backend;
  }

  @Override
  public void afterTest() {}

  @Override
  public void close() {}
}
