package dev.keyway.engine.request;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A compiled condition or filter, tested against an item (an empty map when the item is absent). */
@FunctionalInterface
public interface ItemCondition {
  ItemCondition ALWAYS = item -> true;

  boolean test(Map<String, AttributeValue> item);
}
