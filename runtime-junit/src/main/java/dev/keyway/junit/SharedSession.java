package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import dev.keyway.spi.Backend;
import java.util.List;

/**
 * One backend for the whole test class (a server or a remote endpoint, costly to start): the tables
 * are created once and emptied before every test.
 */
final class SharedSession implements BackendSession {
  private final Backend backend;
  private final List<TableDefinition> tables;
  private final AutoCloseable resources;

  /** {@code resources} is closed after {@code backend}, when the class is done. */
  SharedSession(Backend backend, List<TableDefinition> tables, AutoCloseable resources) {
    this.backend = backend;
    this.tables = tables;
    this.resources = resources;
    TableReset.create(backend, tables);
  }

  @Override
  public Backend beforeTest() {
    TableReset.empty(backend, tables);
    return backend;
  }

  @Override
  public void afterTest() {}

  @Override
  public void close() {
    try (AutoCloseable r = resources; Backend b = backend) {
      // both closed, backend first
    } catch (Exception e) {
      throw new IllegalStateException("closing the test backend failed", e);
    }
  }
}
