package dev.keyway.api;

import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.IndexStatus;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;

/** Polls DescribeTable until a table and all its global secondary indexes are ACTIVE, within a bound. */
final class TableReadiness {
  private final Backend backend;
  private final String tableName;
  private final TableWait wait;

  TableReadiness(Backend backend, String tableName, TableWait wait) {
    this.backend = backend;
    this.tableName = tableName;
    this.wait = wait;
  }

  /** The description of the ACTIVE table; a {@link TableNotActiveException} when the wait runs out. */
  TableDescription await() {
    List<String> pending = List.of();
    for (int attempt = 1; attempt <= wait.attempts(); attempt++) {
      TableDescription table = backend.describeTable(DescribeTableRequest.builder().tableName(tableName).build())
          .table();
      failIfStuck(table.tableStatus());
      pending = pending(table);
      if (pending.isEmpty()) {
        return table;
      }
      if (attempt < wait.attempts()) {
        pause();
      }
    }
    throw new TableNotActiveException(tableName, "Table '" + tableName + "' is not ready after " + wait.attempts()
        + (wait.attempts() == 1 ? " check" : " checks") + " over " + wait.bound() + ": " + String.join(", ", pending)
        + "; wait longer with createTableIfAbsent(TableWait.upTo(...)) or check the table in the console.");
  }

  private void failIfStuck(TableStatus status) {
    if (status == TableStatus.DELETING || status == TableStatus.ARCHIVING || status == TableStatus.ARCHIVED
        || status == TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS) {
      throw new TableNotActiveException(tableName, "Table '" + tableName + "' is " + status
          + " and will not become ACTIVE by waiting; restore or recreate it before using it.");
    }
  }

  /** What is not ACTIVE yet, e.g. "table CREATING", "index GSI1 CREATING"; empty when all is ready. */
  private static List<String> pending(TableDescription table) {
    List<String> out = new ArrayList<>();
    if (table.tableStatus() != null && table.tableStatus() != TableStatus.ACTIVE) {
      out.add("table " + table.tableStatus());
    }
    if (table.globalSecondaryIndexes() != null) {
      for (GlobalSecondaryIndexDescription i : table.globalSecondaryIndexes()) {
        if (i.indexStatus() != null && i.indexStatus() != IndexStatus.ACTIVE) {
          out.add("index " + i.indexName() + " " + i.indexStatus());
        } else if (Boolean.TRUE.equals(i.backfilling())) {
          out.add("index " + i.indexName() + " backfilling");
        }
      }
    }
    return out;
  }

  private void pause() {
    try {
      wait.pause().pause(wait.interval());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TableNotActiveException(tableName, "Interrupted while waiting for table '" + tableName
          + "' to become ACTIVE.");
    }
  }
}
