package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.streams.Identity;
import dev.keyway.ops.streams.OperationType;
import java.util.Map;

/**
 * A stream record decoded to entities: what happened to the item, its key, the entity before and after (null
 * when absent or when the stream's view type does not keep that image), and who made the change as the record
 * says ({@code userIdentity}: null for an application's write, {@link Identity#TTL_SERVICE} for a deletion by
 * time to live). With a sealed {@code T}, a consumer switches over {@link #entity()} exhaustively.
 */
public record EntityChange<T>(OperationType eventName, Map<String, AttributeValue> keys, T oldEntity, T newEntity,
    Identity userIdentity) {

  /** A change made by an application (no user identity in the record). */
  public EntityChange(OperationType eventName, Map<String, AttributeValue> keys, T oldEntity, T newEntity) {
    this(eventName, keys, oldEntity, newEntity, null);
  }

  /** The entity after the change, or before it for a REMOVE (or a stream keeping only old images). */
  public T entity() {
    return newEntity != null ? newEntity : oldEntity;
  }

  /** Whether time to live deleted the item (a REMOVE made by the service, not by an application). */
  public boolean expiredByTtl() {
    return eventName == OperationType.REMOVE && Identity.TTL_SERVICE.equals(userIdentity);
  }
}
