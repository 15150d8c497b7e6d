package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * A collection query met an item that belongs to none of the collection's member types (another entity
 * sharing the partition, or an item written by other code). It is reported rather than dropped, so a
 * page never hides data; add the type to the collection or narrow the query.
 */
public final class ForeignItemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, AttributeValue> key;

  public ForeignItemException(String collection, Map<String, AttributeValue> key, String type) {
    super("Item " + key + (type == null ? "" : " of type \"" + type + "\"") + " is not a member of collection "
        + collection + "; add its entity to the collection's permits clause or narrow the query");
    this.key = Map.copyOf(key);
  }

  /** The key attributes of the item (table and index keys). */
  public Map<String, AttributeValue> key() {
    return key;
  }
}
