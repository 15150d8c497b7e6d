package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The placeholder namespace of one request: {@code #n0, #n1, ...} for name segments and {@code
 * :v0, :v1, ...} for values, numbered in order of first use. A name or an equal value seen again
 * gets its earlier placeholder, so several expressions of one request never collide.
 */
final class Placeholders {
  private final Map<String, String> placeholderByName = new HashMap<>();
  private final Map<AttributeValue, String> placeholderByValue = new HashMap<>();
  private final LinkedHashMap<String, String> names = new LinkedHashMap<>();
  private final LinkedHashMap<String, AttributeValue> values = new LinkedHashMap<>();

  String name(String name) {
    String placeholder = placeholderByName.get(name);
    if (placeholder == null) {
      placeholder = "#n" + names.size();
      placeholderByName.put(name, placeholder);
      names.put(placeholder, name);
    }
    return placeholder;
  }

  String value(AttributeValue value) {
    String placeholder = placeholderByValue.get(value);
    if (placeholder == null) {
      placeholder = ":v" + values.size();
      placeholderByValue.put(value, placeholder);
      values.put(placeholder, value);
    }
    return placeholder;
  }

  /** Placeholder to attribute name, in numbering order. */
  Map<String, String> names() {
    return names;
  }

  /** Placeholder to value, in numbering order. */
  Map<String, AttributeValue> values() {
    return values;
  }
}
