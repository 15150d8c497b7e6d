package dev.keyway.engine.storage;

import dev.keyway.error.ResourceInUseException;
import dev.keyway.error.ResourceNotFoundException;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The tables of one engine, by name (kept sorted for ListTables). */
public final class Catalog {
  public static final String REGION = "us-east-1";
  public static final String ACCOUNT = "000000000000";

  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
  private final AtomicLong sequence = new AtomicLong();

  /** The table for an item or query operation: "Requested resource not found" when absent. */
  public Table require(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw new ResourceNotFoundException("Requested resource not found");
    }
    return table;
  }

  /** The table for a control-plane operation, whose message names the table. */
  public Table requireForControl(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw new ResourceNotFoundException(
          "Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  public Table find(String name) {
    return tables.get(name);
  }

  public Table create(TableMeta meta) {
    Table table = new Table(sequence.incrementAndGet(), meta);
    if (tables.putIfAbsent(meta.name(), table) != null) {
      throw new ResourceInUseException("Table already exists: " + meta.name());
    }
    return table;
  }

  public boolean remove(String name) {
    return tables.remove(name) != null;
  }

  public NavigableMap<String, Table> byName() {
    return tables;
  }

  public Collection<Table> all() {
    return tables.values();
  }

  public static String arnOf(String tableName) {
    return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName;
  }
}
