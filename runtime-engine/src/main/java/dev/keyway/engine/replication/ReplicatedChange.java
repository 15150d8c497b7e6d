package dev.keyway.engine.replication;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * One item's change as it travels to the other replicas: the table, the item's key attributes,
 * its new image (null: deleted) and the version of the write that made it.
 */
public record ReplicatedChange(String table, Map<String, AttributeValue> key,
    Map<String, AttributeValue> item, ReplicaVersion version) {

  public ReplicatedChange {
    key = Map.copyOf(key);
    item = item == null ? null : Map.copyOf(item);
  }
}
