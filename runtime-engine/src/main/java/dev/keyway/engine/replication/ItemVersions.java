package dev.keyway.engine.replication;

import dev.keyway.engine.storage.EntryKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of every item written since a table had replicas, deleted items included (so a
 * late, older write cannot bring a deleted item back). Read and changed under the item's lock.
 */
final class ItemVersions {
  private final Map<String, Map<EntryKey, ReplicaVersion>> byTable = new ConcurrentHashMap<>();

  ReplicaVersion of(String table, EntryKey key) {
    Map<EntryKey, ReplicaVersion> versions = byTable.get(table);
    ReplicaVersion version = versions == null ? null : versions.get(key);
    return version == null ? ReplicaVersion.INITIAL : version;
  }

  void record(String table, EntryKey key, ReplicaVersion version) {
    byTable.computeIfAbsent(table, t -> new ConcurrentHashMap<>()).put(key, version);
  }

  /** A table's versions, to hand to a new replica with its items. */
  Map<EntryKey, ReplicaVersion> of(String table) {
    return Map.copyOf(byTable.getOrDefault(table, Map.of()));
  }

  void forget(String table) {
    byTable.remove(table);
  }
}
