package dev.keyway.engine.expect;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute values and items as DynamoDB JSON trees ({@code {"S": "x"}}), and any response value
 * that holds them (lists, maps of items) converted member by member.
 */
public final class AttributeJson {
  private AttributeJson() {}

  /** An attribute value, an item, or a list or map of them, as a JSON tree; scalars unchanged. */
  public static Object tree(Object value) {
    if (value instanceof AttributeValue v) {
      return Map.of(v.type().name(), payload(v));
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
      return out;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(x -> out.add(tree(x)));
      return out;
    }
    return value;
  }

  private static Object payload(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return s.value();
    }
    if (v instanceof AttributeValue.N n) {
      return n.text();
    }
    if (v instanceof AttributeValue.B b) {
      return b.value().toBase64();
    }
    if (v instanceof AttributeValue.Bool b) {
      return b.value();
    }
    if (v instanceof AttributeValue.Null) {
      return true;
    }
    if (v instanceof AttributeValue.L l) {
      return tree(l.values());
    }
    if (v instanceof AttributeValue.M m) {
      return tree(m.values());
    }
    if (v instanceof AttributeValue.SS ss) {
      return new ArrayList<>(ss.values());
    }
    if (v instanceof AttributeValue.NS ns) {
      return ns.values().stream().map(Object::toString).toList();
    }
    return ((AttributeValue.BS) v).values().stream().map(x -> x.toBase64()).toList();
  }
}
