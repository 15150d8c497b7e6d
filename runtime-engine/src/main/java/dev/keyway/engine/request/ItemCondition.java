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

  /** Top-level attribute names read below the top ({@code a.b}, {@code a[0]}): not key attributes. */
  default java.util.Set<String> nestedNames() {
    return java.util.Set.of();
  }

  /** A condition that reports the attribute names it reads. */
  static ItemCondition reading(java.util.Set<String> names, ItemCondition test) {
    return reading(names, java.util.Set.of(), test);
  }

  /** A condition that reports the attribute names it reads, and those it reads below the top. */
  static ItemCondition reading(
      java.util.Set<String> names, java.util.Set<String> nested, ItemCondition test) {
    return new ItemCondition() {
      @Override
      public java.util.Set<String> nestedNames() {
        return nested;
      }

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
