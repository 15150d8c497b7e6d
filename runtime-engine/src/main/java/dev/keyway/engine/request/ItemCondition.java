package dev.keyway.engine.request;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A compiled condition or filter, tested against an item (an empty map when the item is absent). */
@FunctionalInterface
public interface ItemCondition {
  ItemCondition ALWAYS = item -> true;

  boolean test(Map<String, AttributeValue> item);

  /** Top-level attribute names the condition reads (to check index projections). */
  default java.util.Set<String> attributeNames() {
    return java.util.Set.of();
  }

  /** A condition that reports the attribute names it reads. */
  static ItemCondition reading(java.util.Set<String> names, ItemCondition test) {
    return new ItemCondition() {
      @Override
      public boolean test(Map<String, AttributeValue> item) {
        return test.test(item);
      }

      @Override
      public java.util.Set<String> attributeNames() {
        return names;
      }
    };
  }
}
