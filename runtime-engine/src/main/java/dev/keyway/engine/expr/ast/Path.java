package dev.keyway.engine.expr.ast;

import java.util.List;
import java.util.stream.Collectors;

/** A document path such as {@code a.#b[2].c}; the first element is always a name or a name ref. */
public record Path(List<PathElement> elements) {
  public Path {
    elements = List.copyOf(elements);
    if (elements.isEmpty() || elements.get(0) instanceof PathElement.Index) {
      throw new IllegalArgumentException("a path starts with a name: " + elements);
    }
  }

  /** Builds a resolved path from names and indexes: {@code Path.of("a", 1, "b")}. */
  public static Path of(Object... parts) {
    java.util.ArrayList<PathElement> list = new java.util.ArrayList<>();
    for (Object part : parts) {
      list.add(part instanceof Integer i ? PathElement.Index.of(i) : new PathElement.Name((String) part));
    }
    return new Path(list);
  }

  /** The top-level attribute name (only meaningful after resolution). */
  public String topLevelName() {
    return elements.get(0).toString();
  }

  public int depth() {
    return elements.size();
  }

  public PathElement last() {
    return elements.get(elements.size() - 1);
  }

  public Path parent() {
    return new Path(elements.subList(0, elements.size() - 1));
  }

  /** DynamoDB's rendering in overlap messages: {@code [a, [1], b]}. */
  public String toMessageString() {
    return elements.stream().map(PathElement::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  /** The path as it would be written in an expression: {@code a[1].b}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (PathElement e : elements) {
      if (!(e instanceof PathElement.Index) && sb.length() > 0) {
        sb.append('.');
      }
      sb.append(e);
    }
    return sb.toString();
  }
}
