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

  /** Projection on top-level attribute names (AttributesToGet). */
  static ItemProjection names(List<String> names) {
    return item -> {
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      for (String name : names) {
        AttributeValue v = item.get(name);
        if (v != null) {
          out.put(name, v);
        }
      }
      return out;
    };
  }
}
