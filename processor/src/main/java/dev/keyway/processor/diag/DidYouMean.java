package dev.keyway.processor.diag;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, by Levenshtein distance. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** "did you mean 'x'? " or the empty string: a prefix for messages. */
  public static String phrase(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> "did you mean '" + s + "'? ").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
