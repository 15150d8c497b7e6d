package dev.keyway.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An untyped document path such as {@code a.b[2].c}: a top-level name followed by map keys and
 * list indexes. It is the raw material of every typed path and of the expression trees; it knows
 * nothing about value types.
 */
public record AttributePath(List<PathSegment> segments) {
  public AttributePath {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || !(segments.get(0) instanceof PathSegment.Name)) {
      throw new IllegalArgumentException("A path must start with an attribute name: " + segments);
    }
  }

  /** A top-level attribute, taken literally: {@code of("a.b")} is one attribute named "a.b". */
  public static AttributePath of(String name) {
    return new AttributePath(List.of(new PathSegment.Name(name)));
  }

  /**
   * Parses DynamoDB's document path notation: names separated by dots, list indexes in brackets
   * ({@code lines[0].sku}). Use {@link #of} for a name that itself contains '.' or '['.
   */
  public static AttributePath parse(String text) {
    List<PathSegment> segments = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
        end++;
      }
      if (end == i) {
        throw malformed(text);
      }
      segments.add(new PathSegment.Name(text.substring(i, end)));
      i = end;
      while (i < n && text.charAt(i) == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw malformed(text);
        }
        segments.add(new PathSegment.Index(parseIndex(text, i + 1, close)));
        i = close + 1;
      }
      if (i < n) {
        if (text.charAt(i) != '.' || i == n - 1) {
          throw malformed(text);
        }
        i++;
      }
    }
    if (segments.isEmpty()) {
      throw malformed(text);
    }
    return new AttributePath(segments);
  }

  private static int parseIndex(String text, int from, int to) {
    if (from == to) {
      throw malformed(text);
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw malformed(text);
      }
    }
    try {
      return Integer.parseInt(text.substring(from, to));
    } catch (NumberFormatException e) {
      throw malformed(text);
    }
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException("Malformed document path: \"" + text + "\"");
  }

  /** The path to a map key (or nested attribute) below this one. */
  public AttributePath attr(String name) {
    return append(new PathSegment.Name(name));
  }

  /** The path to a list element below this one. */
  public AttributePath index(int index) {
    return append(new PathSegment.Index(index));
  }

  private AttributePath append(PathSegment segment) {
    List<PathSegment> copy = new ArrayList<>(segments.size() + 1);
    copy.addAll(segments);
    copy.add(Objects.requireNonNull(segment));
    return new AttributePath(copy);
  }

  /** The name of the top-level attribute. */
  public String topLevelName() {
    return ((PathSegment.Name) segments.get(0)).name();
  }

  /** Document path notation, for messages and debugging; not escaped. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (PathSegment segment : segments) {
      if (segment instanceof PathSegment.Name && sb.length() > 0) {
        sb.append('.');
      }
      sb.append(segment);
    }
    return sb.toString();
  }
}
