package dev.keyway.engine.diff;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders outcomes canonically: maps by key, sets sorted, so attribute order never matters. */
final class Canon {
  private Canon() {}

  static String render(Object o) {
    if (o == null) {
      return "null";
    }
    if (o instanceof Map<?, ?> m) {
      TreeMap<String, String> sorted = new TreeMap<>();
      m.forEach((k, v) -> sorted.put(String.valueOf(k), render(v)));
      return sorted.toString();
    }
    if (o instanceof Collection<?> c) {
      List<String> out = new ArrayList<>();
      c.forEach(e -> out.add(render(e)));
      return out.toString();
    }
    if (o instanceof AttributeValue v) {
      return value(v);
    }
    return o.toString();
  }

  private static String value(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return "S:" + s.value();
    }
    if (v instanceof AttributeValue.N n) {
      return "N:" + n.text();
    }
    if (v instanceof AttributeValue.M m) {
      return "M:" + render(m.values());
    }
    if (v instanceof AttributeValue.L l) {
      return "L:" + render(l.values());
    }
    if (v instanceof AttributeValue.SS ss) {
      return "SS:" + new java.util.TreeSet<>(ss.values());
    }
    if (v instanceof AttributeValue.NS ns) {
      List<String> out = new ArrayList<>();
      ns.values().forEach(x -> out.add(x.toString()));
      java.util.Collections.sort(out);
      return "NS:" + out;
    }
    if (v instanceof AttributeValue.BS bs) {
      List<String> out = new ArrayList<>();
      bs.values().forEach(x -> out.add(x.toBase64()));
      java.util.Collections.sort(out);
      return "BS:" + out;
    }
    if (v instanceof AttributeValue.B b) {
      return "B:" + b.value().toBase64();
    }
    return v.type() + ":" + v;
  }
}
