package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.streams.OperationType;
import java.util.Map;

/**
 * A stream record decoded to entities: what happened to the item, its key, and the entity before
 * and after (null when absent or when the stream's view type does not keep that image). With a
 * sealed {@code T}, a consumer switches over {@link #entity()} exhaustively.
 */
public record EntityChange<T>(OperationType eventName, Map<String, AttributeValue> keys, T oldEntity, T newEntity) {
  /** The entity after the change, or before it for a REMOVE (or a stream keeping only old images). */
  public T entity() {
    return newEntity != null ? newEntity : oldEntity;
  }
}
