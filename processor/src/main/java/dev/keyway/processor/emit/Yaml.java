package dev.keyway.processor.emit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link StructuredWriter} events as block-style YAML: two-space indentation, {@code - } for array
 * elements, every string value double-quoted (so no value is read as a number, boolean or null), keys plain
 * when they are simple names, empty containers as {@code {}} and {@code []}. The events build a tree first; {@link #toString()} renders it.
 */
final class Yaml implements StructuredWriter {
  private final Deque<Object> open = new ArrayDeque<>();
  private Object root;
  private String pendingKey;

  @Override
  public Yaml open(char c) {
    Object container = c == '{' ? new LinkedHashMap<String, Object>() : new ArrayList<>();
    add(container);
    open.push(container);
    return this;
  }

  @Override
  public Yaml close(char c) {
    open.pop();
    return this;
  }

  @Override
  public Yaml key(String k) {
    pendingKey = k;
    return this;
  }

  @Override
  public Yaml field(String k, String v) {
    return key(k).string(v);
  }

  @Override
  public Yaml number(String k, long v) {
    key(k);
    add(v);
    return this;
  }

  @Override
  public Yaml bool(String k, boolean v) {
    key(k);
    add(v);
    return this;
  }

  @Override
  public Yaml string(String v) {
    add(v);
    return this;
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    if (open.isEmpty()) {
      root = value;
    } else if (open.peek() instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(pendingKey, value);
    } else {
      ((List<Object>) open.peek()).add(value);
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    block(out, root, 0);
    return out.toString();
  }

  /** Writes a value that starts on a line of its own at {@code depth}. */
  private static void block(StringBuilder out, Object value, int depth) {
    String indent = "  ".repeat(depth);
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      map.forEach((k, v) -> {
        out.append(indent).append(plainKey((String) k)).append(':');
        nested(out, v, depth + 1);
      });
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      for (Object element : list) {
        out.append(indent).append('-');
        if (element instanceof Map<?, ?> m && !m.isEmpty()) {
          // the first key shares the dash's line; the others line up under it
          StringBuilder item = new StringBuilder();
          block(item, element, depth + 1);
          out.append(' ').append(item.substring(indent.length() + 2));
        } else {
          nested(out, element, depth + 1);
        }
      }
    } else {
      out.append(indent).append(scalar(value)).append('\n');
    }
  }

  /** Writes a value after a key or dash: scalars and empty containers on the same line, others below. */
  private static void nested(StringBuilder out, Object value, int depth) {
    if ((value instanceof Map<?, ?> m && !m.isEmpty()) || (value instanceof List<?> l && !l.isEmpty())) {
      out.append('\n');
      block(out, value, depth);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(Object value) {
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    return value instanceof String s ? quote(s) : String.valueOf(value);
  }

  /** A key as a plain scalar when it is a name YAML cannot read as anything else, else quoted. */
  private static String plainKey(String k) {
    boolean plain = k.matches("[A-Za-z][A-Za-z0-9_.:-]*") && !k.endsWith(":")
        && !k.toLowerCase(java.util.Locale.ROOT).matches("y|n|yes|no|true|false|on|off|null");
    return plain ? k : quote(k);
  }

  /** A double-quoted YAML scalar; YAML's escapes are a superset of JSON's. */
  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
