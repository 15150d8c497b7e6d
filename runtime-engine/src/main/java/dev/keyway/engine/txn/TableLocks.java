package dev.keyway.engine.txn;

import dev.keyway.engine.storage.EntryKey;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The locks of one table: item writes hold the stripe lock of their key and the shared side of the
 * schema lock; schema changes (adding a GSI, changing the definition, dropping the table) take the
 * exclusive side. Every table gets a distinct {@code order}, so that multi-item writes can take
 * locks across tables in one global order.
 */
public final class TableLocks {
  private static final int STRIPES = 1024;

  private final long order;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final ReentrantReadWriteLock schema = new ReentrantReadWriteLock();

  public TableLocks(long order) {
    this.order = order;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** This table's place in the global lock order (tables are locked in ascending order). */
  public long order() {
    return order;
  }

  /** A global lock order for item locks: table, then stripe. */
  public long itemOrder(EntryKey key) {
    return order * STRIPES + stripeOf(key);
  }

  public ReentrantLock stripe(EntryKey key) {
    return stripes[stripeOf(key)];
  }

  public ReentrantReadWriteLock schema() {
    return schema;
  }

  private static int stripeOf(EntryKey key) {
    int h = key.hash() * 31 + (key.rangeKey() == null ? 0 : key.rangeKey().hashCode());
    h ^= h >>> 15;
    return h & (STRIPES - 1);
  }
}
