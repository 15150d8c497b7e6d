package dev.keyway.expr;

import java.util.Objects;

/**
 * One step of a document path: an attribute (or map key) name, or a list index. Names are kept
 * verbatim, so a name may contain dots or brackets; rendering always escapes it.
 */
public sealed interface PathSegment permits PathSegment.Name, PathSegment.Index {

  /** An attribute name or a map key. */
  record Name(String name) implements PathSegment {
    public Name {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("An attribute name must not be empty");
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A zero-based list index. */
  record Index(int index) implements PathSegment {
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("A list index must not be negative: " + index);
      }
    }

    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }
}
