package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.streams.Identity;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.StreamRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes a table's stream records to entities of type {@code T}, choosing the entity by the
 * table's type attribute. Generated facades build one per type ({@code shop.changes(ShopItem.class)});
 * records of items of other types decode to nothing.
 */
public final class EntityChanges<T> {
  private final String typeAttribute;
  private final Map<String, EntitySchema<? extends T>> byType = new HashMap<>();

  /** Keeps the schemas whose entities are {@code T}s. */
  public EntityChanges(Class<T> type, String typeAttribute, List<EntitySchema<?>> schemas) {
    this.typeAttribute = typeAttribute;
    for (EntitySchema<?> schema : schemas) {
      if (type.isAssignableFrom(schema.entityType())) {
        @SuppressWarnings("unchecked") // checked just above
        EntitySchema<? extends T> member = (EntitySchema<? extends T>) schema;
        byType.put(schema.typeName(), member);
      }
    }
  }

  /**
   * A record from the Streams API (GetRecords), as an entity change with the record's user identity (a TTL
   * deletion says so: {@link EntityChange#expiredByTtl()}); empty for other types.
   */
  public Optional<EntityChange<T>> decode(Record record) {
    StreamRecord data = record.dynamodb();
    return decode(record.eventName(), data.keys(), data.oldImage(), data.newImage(), record.userIdentity());
  }

  /** A change given by its parts (an in-process change record's), made by an application; empty for other types. */
  public Optional<EntityChange<T>> decode(OperationType eventName, Map<String, AttributeValue> keys,
      Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
    return decode(eventName, keys, oldImage, newImage, null);
  }

  private Optional<EntityChange<T>> decode(OperationType eventName, Map<String, AttributeValue> keys,
      Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage, Identity userIdentity) {
    EntitySchema<? extends T> schema = schemaOf(newImage != null ? newImage : oldImage);
    if (schema == null) {
      return Optional.empty();
    }
    return Optional.of(new EntityChange<>(eventName, keys, oldImage == null ? null : schema.fromItem(oldImage),
        newImage == null ? null : schema.fromItem(newImage), userIdentity));
  }

  private EntitySchema<? extends T> schemaOf(Map<String, AttributeValue> image) {
    if (image == null || !(image.get(typeAttribute) instanceof AttributeValue.S type)) {
      return null; // a KEYS_ONLY stream carries no type attribute
    }
    return byType.get(type.value());
  }
}
