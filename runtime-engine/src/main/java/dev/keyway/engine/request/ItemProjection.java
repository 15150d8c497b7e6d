package dev.keyway.engine.request;

import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled projection: which attributes (or document paths) of an item to return. */
@FunctionalInterface
public interface ItemProjection {
  ItemProjection ALL = item -> item;

  Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

  /** Top-level attribute names the projection returns (to check index projections). */
  default java.util.Set<String> attributeNames() {
    return java.util.Set.of();
  }

  /** Top-level attribute names read below the top ({@code a.b}, {@code a[0]}): not key attributes. */
  default java.util.Set<String> nestedNames() {
    return java.util.Set.of();
  }

  /** A projection that reports its top-level attribute names. */
  static ItemProjection reading(java.util.Set<String> names, ItemProjection projection) {
    return reading(names, java.util.Set.of(), projection);
  }

  /** A projection that reports its top-level names, and those it reads below the top. */
  static ItemProjection reading(
      java.util.Set<String> names, java.util.Set<String> nested, ItemProjection projection) {
    return new ItemProjection() {
      @Override
      public java.util.Set<String> nestedNames() {
        return nested;
      }

      @Override
      public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        return projection.apply(item);
      }

      @Override
      public java.util.Set<String> attributeNames() {
        return names;
      }
    };
  }

  /** Projection on top-level attribute names (AttributesToGet). */
  static ItemProjection names(List<String> names) {
    return reading(new java.util.LinkedHashSet<>(names), item -> {
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      for (String name : names) {
        AttributeValue v = item.get(name);
        if (v != null) {
          out.put(name, v);
        }
      }
      return out;
    });
  }
}
