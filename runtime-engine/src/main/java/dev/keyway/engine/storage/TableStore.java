package dev.keyway.engine.storage;

import dev.keyway.engine.index.IndexSpec;
import java.util.Collection;
import java.util.Map;

/**
 * A table as the committer changes it. Only {@code dev.keyway.engine.commit.Committer} calls these
 * methods, holding the locks they name; a durable store replays the same calls on recovery.
 */
public interface TableStore extends Table {
  /**
   * Replaces {@code oldItem} (null if absent) by {@code newItem} (null to delete) and keeps every
   * index, counter and item-collection size in step. Caller holds the item's stripe lock and the
   * shared schema lock; {@code oldItem} is the item currently stored.
   */
  void apply(EntryKey key, StoredItem oldItem, StoredItem newItem);

  /** Replaces the table's definition (exclusive schema lock held). */
  void define(TableMeta meta);

  /** Adds a secondary index and fills it from the current items (exclusive schema lock held). */
  void addIndex(IndexSpec spec);

  /** Drops a secondary index's entries (exclusive schema lock held). */
  void removeIndex(String name);

  /** Sets tags, replacing the values of keys already present. */
  void tag(Map<String, String> tags);

  /** Removes tags; absent keys are ignored. */
  void untag(Collection<String> keys);

  /** Enables TTL on an attribute, or disables it with null. */
  void ttlAttribute(String attribute);

  /** Attaches a resource-based policy, replacing any, or detaches it with null. */
  void resourcePolicy(TablePolicy policy);

  /** Attaches a resource-based policy to the stream with this label, or detaches it with null. */
  void streamPolicy(String streamLabel, TablePolicy policy);

  /** Switches point-in-time recovery on (a setting) or off (null). */
  void pointInTimeRecovery(PitrSetting setting);
}
