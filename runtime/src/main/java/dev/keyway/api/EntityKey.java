package dev.keyway.api;

import dev.keyway.model.ItemKey;

/**
 * The primary key of an item of entity type {@code T}: generated typed keys ({@code <Entity>Key})
 * implement it, so reads across entity types ({@link ItemReads}) come back typed.
 *
 * @param <T> the entity stored under this key
 */
public interface EntityKey<T> extends ItemKey {
  /** The entity class whose item this key names. */
  Class<T> entityType();
}
