package dev.keyway.engine.txn;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;

/**
 * Locks for a multi-item write, taken in one global order (schema locks by table, then stripe
 * locks by table and stripe) so that concurrent transactions never deadlock.
 */
public final class ItemLocks implements AutoCloseable {
  private final List<Lock> held = new ArrayList<>();

  /** A table and key to lock. */
  public record Target(Table table, EntryKey key) {}

  public static ItemLocks acquire(List<Target> targets) {
    ItemLocks locks = new ItemLocks();
    TreeMap<Long, Lock> stripes = new TreeMap<>();
    TreeMap<Long, TableLocks> tables = new TreeMap<>();
    for (Target t : targets) {
      TableLocks table = t.table().locks();
      stripes.put(table.itemOrder(t.key()), table.stripe(t.key()));
      tables.put(table.order(), table);
    }
    try {
      for (TableLocks table : tables.values()) {
        Lock l = table.schema().readLock();
        l.lock();
        locks.held.add(l);
      }
      for (Lock l : stripes.values()) {
        l.lock();
        locks.held.add(l);
      }
    } catch (RuntimeException e) {
      locks.close();
      throw e;
    }
    return locks;
  }

  @Override
  public void close() {
    for (int i = held.size() - 1; i >= 0; i--) {
      held.get(i).unlock();
    }
    held.clear();
  }
}
