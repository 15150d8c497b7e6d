package dev.keyway.engine.expect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where DynamoDB's text embeds something it does not document (how a rejected value is printed),
 * an expectation holds {@code {"matches": "<regex>"}} instead of the text; an actual string that
 * matches the pattern counts as equal. Where it gathers constraint violations in an order that is
 * not stable (it changed between runs of dynalite's service-run suite, whose helpers now compare
 * them as a set), an expectation holds {@code {"gathered": ["Value ...", ...]}}: an actual
 * "N validation errors detected: ..." listing exactly those, in any order, counts as equal.
 */
final class Matches {
  private Matches() {}

  /** {@code actual} with each string that an expected pattern accepts replaced by that pattern. */
  static Object adopt(Object expected, Object actual) {
    if (expected instanceof Map<?, ?> e && e.size() == 1 && e.get("matches") instanceof String regex) {
      return actual instanceof String s && Pattern.compile(regex, Pattern.DOTALL).matcher(s).matches()
          ? expected : actual;
    }
    if (expected instanceof Map<?, ?> e && e.size() == 1 && e.get("gathered") instanceof List<?> all) {
      return actual instanceof String s && gathered(all, s) ? expected : actual;
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

  /**
   * Whether {@code message} gathers exactly the {@code expected} violations, in any order. A part
   * given as {@code {"matches": "<regex>"}} stands for one violation whose text the pattern
   * accepts; write such patterns reluctantly ({@code .+?}), since a part ends at the first "; "
   * after which the rest still gathers.
   */
  private static boolean gathered(List<?> expected, String message) {
    String prefix = expected.size() + " validation error" + (expected.size() == 1 ? "" : "s")
        + " detected: ";
    return message.startsWith(prefix) && gathers(expected, message.substring(prefix.length()));
  }

  private static boolean gathers(List<?> left, String rest) {
    if (left.isEmpty()) {
      return rest.isEmpty();
    }
    for (Object part : left) {
      int end = partEnd(part, rest);
      if (end < 0) {
        continue;
      }
      List<Object> others = new ArrayList<>(left);
      others.remove(part);
      if (others.isEmpty() ? end == rest.length()
          : rest.startsWith("; ", end) && gathers(others, rest.substring(end + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code part} ends if {@code rest} starts with it, else -1. */
  private static int partEnd(Object part, String rest) {
    if (part instanceof Map<?, ?> m && m.get("matches") instanceof String regex) {
      Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(rest);
      return matcher.lookingAt() ? matcher.end() : -1;
    }
    String text = String.valueOf(part);
    return rest.startsWith(text) ? text.length() : -1;
  }
}
