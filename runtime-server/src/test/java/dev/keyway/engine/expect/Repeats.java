package dev.keyway.engine.expect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long runs of one character (item-size and key-size limits need them) are written
 * {@code "$repeat(x, 409600)"} in expectation files (values and member names), so a file stays
 * readable.
 */
public final class Repeats {
  private static final Pattern REPEAT = Pattern.compile("\\$repeat\\((.), (\\d+)\\)");
  private static final int SHORTEST = 64;

  private Repeats() {}

  /** The tree with every {@code $repeat(c, n)} string written out. */
  public static Object expand(Object tree) {
    return map(tree, s -> {
      Matcher m = REPEAT.matcher(s);
      return m.matches() ? m.group(1).repeat(Integer.parseInt(m.group(2))) : s;
    });
  }

  /** The tree with every string of {@value #SHORTEST} or more copies of one character shortened. */
  public static Object abbreviate(Object tree) {
    return map(tree, s -> s.length() >= SHORTEST && s.chars().allMatch(c -> c == s.charAt(0))
        ? "$repeat(" + s.charAt(0) + ", " + s.length() + ")" : s);
  }

  private static Object map(Object tree, java.util.function.UnaryOperator<String> f) {
    if (tree instanceof String s) {
      return f.apply(s);
    }
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(f.apply((String) k), map(v, f)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(map(x, f)));
      return out;
    }
    return tree;
  }
}
