package dev.keyway.engine.backup;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;

/**
 * The versions of one key in time order: {@code items[i]} was written at {@code millis[i]} (epoch
 * milliseconds, by the engine's clock); a null item is a delete. Shared, never changed.
 */
public record KeyVersions(EntryKey key, long[] millis, StoredItem[] items) {
  /** The newest version (null: deleted). */
  public StoredItem latest() {
    return items[items.length - 1];
  }
}
