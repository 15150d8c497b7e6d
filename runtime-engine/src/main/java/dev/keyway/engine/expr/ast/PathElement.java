package dev.keyway.engine.expr.ast;

/** One step of a document path: an attribute name, a {@code #name} placeholder, or a list index. */
public sealed interface PathElement {

  /** A literal attribute name as written ({@code a} in {@code a.b}). */
  record Name(String name) implements PathElement {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An expression attribute name placeholder, e.g. {@code #n}; gone after resolution. */
  record NameRef(String placeholder) implements PathElement {
    @Override
    public String toString() {
      return placeholder;
    }
  }

  /**
   * A list index {@code [i]}. {@code text} is the digits as written; {@code value} is -1 when they
   * do not fit an {@code int} (the resolver reports that).
   */
  record Index(int value, String text) implements PathElement {
    public static Index of(int value) {
      return new Index(value, Integer.toString(value));
    }

    @Override
    public String toString() {
      return "[" + text + "]";
    }
  }
}
