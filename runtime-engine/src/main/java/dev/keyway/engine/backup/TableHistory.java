package dev.keyway.engine.backup;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The past of one table with point-in-time recovery on: every version of every item since
 * {@link #since()}, each with the time it was written (by the engine's clock). Writers of one key
 * hold its stripe lock while recording, so each key's versions are appended in order; versions
 * older than the recovery period are dropped as the key is written again, keeping the newest of
 * them (it is the key's state at the start of the window).
 */
final class TableHistory {
  private final Instant since;
  private final ConcurrentHashMap<EntryKey, Versions> byKey = new ConcurrentHashMap<>();

  /** A key's versions in time order; a null item is a delete. Replaced whole, never changed. */
  private record Versions(long[] millis, StoredItem[] items) {
    StoredItem at(long time) {
      StoredItem found = null;
      for (int i = 0; i < millis.length && millis[i] <= time; i++) {
        found = items[i];
      }
      return found;
    }

    Versions plus(long time, StoredItem item, long keepAfter) {
      int drop = 0; // versions superseded before keepAfter: the newest one before it stays
      while (drop + 1 < millis.length && millis[drop + 1] <= keepAfter) {
        drop++;
      }
      int n = millis.length - drop;
      long[] m = new long[n + 1];
      StoredItem[] it = new StoredItem[n + 1];
      System.arraycopy(millis, drop, m, 0, n);
      System.arraycopy(items, drop, it, 0, n);
      m[n] = time;
      it[n] = item;
      return new Versions(m, it);
    }
  }

  /** Starts the history with the table's current items (the caller holds its exclusive schema lock). */
  TableHistory(Table table, Instant since) {
    this.since = since;
    long time = since.toEpochMilli();
    for (Map.Entry<EntryKey, ? extends ItemRef> e : table.items().entrySet()) {
      byKey.put(e.getKey(), new Versions(new long[] {time}, new StoredItem[] {e.getValue().item()}));
    }
  }

  /** An empty history started at {@code since}, for recovery to fill ({@link #restore}). */
  TableHistory(Instant since) {
    this.since = since;
  }

  /** Adds keys' versions as a checkpoint saved them. */
  void restore(List<KeyVersions> keys) {
    for (KeyVersions k : keys) {
      byKey.put(k.key(), new Versions(k.millis(), k.items()));
    }
  }

  Instant since() {
    return since;
  }

  /**
   * Every key's versions as they are now. The arrays are shared, not copied: a key's versions are
   * replaced whole when it is written, never changed.
   */
  HistoryImage image() {
    List<KeyVersions> keys = new ArrayList<>(byKey.size());
    byKey.forEach((key, v) -> keys.add(new KeyVersions(key, v.millis(), v.items())));
    return new HistoryImage(since, keys);
  }

  /** Records a key's new version (null: deleted); versions before {@code keepAfter} may go. */
  void record(EntryKey key, StoredItem item, Instant at, Instant keepAfter) {
    long time = at.toEpochMilli();
    Versions current = byKey.get(key);
    byKey.put(key, current == null
        ? new Versions(new long[] {time}, new StoredItem[] {item})
        : current.plus(time, item, keepAfter.toEpochMilli()));
  }

  /** Every item as it was at {@code time} (writes at exactly that millisecond included). */
  List<StoredItem> itemsAt(Instant time) {
    long t = time.toEpochMilli();
    List<StoredItem> items = new ArrayList<>();
    for (Versions v : byKey.values()) {
      StoredItem item = v.at(t);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }
}
