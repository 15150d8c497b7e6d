package dev.keyway.engine.request;

import dev.keyway.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A compiled update: computes the new item from the old one (empty when absent). */
public interface ItemUpdate {
  /** The new item as a new map; {@code item} is only read (it may be a read-only view). */
  Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

  /** Top-level attribute names the update touches (for UPDATED_OLD / UPDATED_NEW). */
  Set<String> touchedAttributes();

  /**
   * Top-level names of the attributes the update reaches into, as a target ({@code SET a.b = ..},
   * {@code REMOVE a[0]}) or an operand ({@code SET x = a.b}), in written order.
   */
  default Set<String> nestedNames() {
    return Set.of();
  }

  /**
   * The type of the new value of each top-level target whose type the expression alone gives: a
   * value, a sum or difference (N), list_append (L); for ADD, its value's type.
   */
  default Map<String, AttributeValue.Type> knownTypes() {
    return Map.of();
  }

  /** Paths of touched attributes, projected from an item for UPDATED_OLD / UPDATED_NEW. */
  default Map<String, AttributeValue> touchedOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new java.util.LinkedHashMap<>();
    for (String name : touchedAttributes()) {
      AttributeValue v = item.get(name);
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }
}
