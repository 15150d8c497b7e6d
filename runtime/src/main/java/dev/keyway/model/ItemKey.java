package dev.keyway.model;

import java.util.Map;

/**
 * Anything that names one item by its primary key: a {@link Key}, or a generated typed key ({@code
 * <Entity>Key}, a record of the primary key field values returned by {@code <Entity>Keys.of(..)}).
 * Repository and transaction methods take an {@code ItemKey}, so both fit.
 */
public interface ItemKey {
  /** The key attributes. */
  Key toKey();

  /** The key attributes by name. */
  default Map<String, AttributeValue> attributes() {
    return toKey().attributes();
  }
}
