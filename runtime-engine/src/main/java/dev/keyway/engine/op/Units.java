package dev.keyway.engine.op;

import dev.keyway.engine.capacity.IndexWriteUnits;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.Capacity;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ReturnConsumedCapacity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capacity units by DynamoDB's rules: a read unit per started 4 KB (half for eventually consistent
 * reads), a write unit per started 1 KB, doubled inside transactions; index writes are charged to
 * their index.
 */
public final class Units {
  private Units() {}

  public static double read(long bytes, boolean consistent) {
    double units = Math.max(1, (bytes + 4095) / 4096);
    return consistent ? units : units / 2;
  }

  public static double write(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  /** The ConsumedCapacity (null for NONE) of a single-item write, index writes included. */
  public static ConsumedCapacity write(ReturnConsumedCapacity mode, TableMeta meta, ItemChange c) {
    if (mode == null || mode == ReturnConsumedCapacity.NONE) {
      return null; // index units are worth computing only when reported
    }
    return report(mode, meta, write(c.largerSize()),
        IndexWriteUnits.of(meta, c.oldImage(), c.newImage()), true);
  }

  /**
   * The ConsumedCapacity to report (null for NONE) for one table of a non-transactional operation:
   * DynamoDB gives only the aggregate CapacityUnits there (and per table and index with INDEXES),
   * with no read/write split.
   */
  public static ConsumedCapacity report(
      ReturnConsumedCapacity mode,
      TableMeta meta,
      double tableUnits,
      Map<String, Double> indexUnits,
      boolean write) {
    return report(mode, meta, tableUnits, indexUnits, write, false);
  }

  /**
   * The ConsumedCapacity of one table of TransactGetItems or TransactWriteItems, which DynamoDB
   * also splits into ReadCapacityUnits or WriteCapacityUnits.
   */
  public static ConsumedCapacity reportTransactional(
      ReturnConsumedCapacity mode,
      TableMeta meta,
      double tableUnits,
      Map<String, Double> indexUnits,
      boolean write) {
    return report(mode, meta, tableUnits, indexUnits, write, true);
  }

  private static ConsumedCapacity report(ReturnConsumedCapacity mode, TableMeta meta,
      double tableUnits, Map<String, Double> indexUnits, boolean write, boolean split) {
    if (mode == null || mode == ReturnConsumedCapacity.NONE) {
      return null;
    }
    double total = tableUnits;
    for (double u : indexUnits.values()) {
      total += u;
    }
    Double r = split && !write ? total : null;
    Double w = split && write ? total : null;
    if (mode == ReturnConsumedCapacity.TOTAL) {
      return new ConsumedCapacity(meta.name(), total, r, w, null, null, null);
    }
    Map<String, Capacity> gsis = new LinkedHashMap<>();
    Map<String, Capacity> lsis = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : indexUnits.entrySet()) {
      Capacity c = capacity(e.getValue(), write, split);
      boolean global = meta.globalIndexes().stream().anyMatch(s -> s.name().equals(e.getKey()));
      (global ? gsis : lsis).put(e.getKey(), c);
    }
    return new ConsumedCapacity(meta.name(), total, r, w, capacity(tableUnits, write, split),
        lsis.isEmpty() ? null : lsis, gsis.isEmpty() ? null : gsis);
  }

  private static Capacity capacity(double units, boolean write, boolean split) {
    return new Capacity(split && !write ? units : null, split && write ? units : null, units);
  }

  /** Adds index units of b into a (a is mutable). */
  public static void addInto(Map<String, Double> a, Map<String, Double> b) {
    b.forEach((k, v) -> a.merge(k, v, Double::sum));
  }
}
