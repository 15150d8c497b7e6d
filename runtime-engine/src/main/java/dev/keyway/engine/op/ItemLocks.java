package dev.keyway.engine.op;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;

/**
 * Locks for a multi-item operation, taken in one global order (schema locks by table, then stripe
 * locks by table and stripe) so that concurrent transactions never deadlock.
 */
final class ItemLocks implements AutoCloseable {
  private final List<Lock> held = new ArrayList<>();

  /** A table and key to lock. */
  record Target(Table table, EntryKey key) {}

  static ItemLocks acquire(List<Target> targets) {
    ItemLocks locks = new ItemLocks();
    TreeMap<Long, Lock> stripes = new TreeMap<>();
    TreeMap<Long, Table> ordered = new TreeMap<>();
    for (Target t : targets) {
      stripes.put(t.table().lockOrder(t.key()), t.table().stripe(t.key()));
      ordered.put(t.table().sequence(), t.table());
    }
    try {
      for (Table table : ordered.values()) {
        Lock l = table.schemaLock().readLock();
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
