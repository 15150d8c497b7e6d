package dev.keyway.engine.expect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The form two outcome trees are compared in: members sorted by name, set elements sorted,
 * numbers without trailing zeros, and the items of unordered results (Scan, BatchGetItem)
 * sorted, so only differences DynamoDB would show remain.
 */
final class Canonical {
  private static final Set<String> SETS = Set.of("SS", "NS", "BS");
  private static final Set<String> UNORDERED_RESULTS = Set.of("Scan", "BatchGetItem");

  private Canonical() {}

  /** Indented canonical text of an outcome whose lists are all ordered. */
  static String of(Object outcome) {
    return JsonText.pretty(canonical(outcome, false));
  }

  /** Indented canonical text of an outcome of {@code op}, ready for a readable diff. */
  static String of(String op, Object outcome) {
    Object tree = canonical(outcome, false);
    if (UNORDERED_RESULTS.contains(op)) {
      tree = sortItems(tree);
    }
    return JsonText.pretty(tree);
  }

  private static Object canonical(Object value, boolean isSet) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), canonical(v, SETS.contains(String.valueOf(k)))));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(canonical(x, false)));
      if (isSet) {
        out.sort(Comparator.comparing(JsonText::compact));
      }
      return out;
    }
    if (value instanceof Number n) {
      BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return value;
  }

  /** Sorts every list of items found under "items" or "responses" of an ok outcome. */
  @SuppressWarnings("unchecked")
  private static Object sortItems(Object tree) {
    if (tree instanceof Map<?, ?> m && m.get("ok") instanceof Map<?, ?> ok) {
      Map<String, Object> fields = (Map<String, Object>) ok;
      if (fields.get("items") instanceof List<?> items) {
        fields.put("items", sorted(items));
      }
      if (fields.get("responses") instanceof Map<?, ?> responses) {
        ((Map<String, Object>) responses).replaceAll((table, items) -> sorted((List<?>) items));
      }
    }
    return tree;
  }

  private static List<Object> sorted(List<?> items) {
    List<Object> out = new ArrayList<>(items);
    out.sort(Comparator.comparing(JsonText::compact));
    return out;
  }
}
