package dev.keyway.engine.storage;

import java.time.Instant;
import java.util.List;

/**
 * An on-demand backup: the source table's definition and its items as of one moment (captured by
 * reference under the table's exclusive schema lock; items are immutable). Kept until deleted,
 * whatever happens to the source table.
 */
public record Backup(
    String arn,
    String name,
    Instant created,
    TableMeta source,
    String ttlAttribute,
    long sizeBytes,
    List<StoredItem> items) {

  public Backup {
    items = List.copyOf(items);
  }

  /** DynamoDB's form: {@code <table arn>/backup/<epoch millis, 14 digits>-<8 hex digits>}. */
  public static String arnOf(String tableName, Instant created, int random) {
    return Catalog.arnOf(tableName) + "/backup/"
        + String.format("%014d-%08x", created.toEpochMilli(), random);
  }
}
