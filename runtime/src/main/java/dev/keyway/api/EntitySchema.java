package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * Maps one entity type to and from DynamoDB items, generated as {@code <Entity>Schema}. {@link
 * #toItem} writes the key attributes (table and index keys) and the type attribute on every call.
 */
public interface EntitySchema<T> {
  /** The entity class. */
  Class<T> entityType();

  /** The name written to the table's type attribute. */
  String typeName();

  /** The complete item for a put, key and type attributes included. */
  Map<String, AttributeValue> toItem(T entity);

  /**
   * The item {@link #toItem} returns, built by {@code sink}: the same attributes in the sink's
   * representation, with no intermediate Keyway item. Generated schemas write through the sink
   * directly; this default converts {@link #toItem}'s result.
   */
  default <V> Map<String, V> writeItem(T entity, ItemSink<V> sink) {
    Map<String, AttributeValue> item = toItem(entity);
    Map<String, V> out = sink.newMap(item.size());
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      out.put(e.getKey(), sink.value(e.getValue()));
    }
    return out;
  }

  /** The entity stored in an item; attributes Keyway does not know are ignored. */
  T fromItem(Map<String, AttributeValue> item);

  /**
   * Sets the {@code @UpdatedAt} attribute of an item about to be put to {@code now}, and its {@code
   * @CreatedAt} attribute to {@code now} when the entity has none (generated; nothing by default).
   */
  default void stamp(Map<String, AttributeValue> item, java.time.Instant now) {}

  /** The primary key attributes of an entity. */
  Map<String, AttributeValue> keyOf(T entity);
}
