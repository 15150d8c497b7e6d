package dev.keyway.engine.expect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where DynamoDB's text embeds something it does not document (how a rejected value is printed),
 * an expectation holds {@code {"matches": "<regex>"}} instead of the text; an actual string that
 * matches the pattern counts as equal.
 */
final class Matches {
  private Matches() {}

  /** {@code actual} with each string that an expected pattern accepts replaced by that pattern. */
  static Object adopt(Object expected, Object actual) {
    if (expected instanceof Map<?, ?> e && e.size() == 1 && e.get("matches") instanceof String regex) {
      return actual instanceof String s && Pattern.compile(regex, Pattern.DOTALL).matcher(s).matches()
          ? expected : actual;
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      Map<String, Object> out = new LinkedHashMap<>();
      a.forEach((k, v) -> out.put(String.valueOf(k), adopt(e.get(k), v)));
      return out;
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(i < e.size() ? adopt(e.get(i), a.get(i)) : a.get(i));
      }
      return out;
    }
    return actual;
  }
}
