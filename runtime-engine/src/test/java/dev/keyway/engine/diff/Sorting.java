package dev.keyway.engine.diff;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Puts unordered results (Scan, BatchGetItem) into a canonical order for comparison. */
final class Sorting {
  private Sorting() {}

  static List<Map<String, AttributeValue>> sorted(List<Map<String, AttributeValue>> items) {
    List<Map<String, AttributeValue>> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(i -> new java.util.TreeMap<>(i).toString()));
    return copy;
  }
}
