package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Objects;

/**
 * The untyped operand tree shared by conditions and updates: paths, values, and the functions and
 * arithmetic DynamoDB allows as operands. Typed paths build these; the renderer reads them.
 */
public sealed interface Term
    permits Term.PathTerm,
        Term.ValueTerm,
        Term.Size,
        Term.IfNotExists,
        Term.ListAppend,
        Term.Arithmetic {

  static Term path(AttributePath path) {
    return new PathTerm(path);
  }

  static Term value(AttributeValue value) {
    return new ValueTerm(value);
  }

  /** A document path. */
  record PathTerm(AttributePath path) implements Term {
    public PathTerm {
      Objects.requireNonNull(path, "path");
    }
  }

  /** A literal value, rendered as a value placeholder. */
  record ValueTerm(AttributeValue value) implements Term {
    public ValueTerm {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code size(path)}; only valid in conditions. */
  record Size(AttributePath path) implements Term {
    public Size {
      Objects.requireNonNull(path, "path");
    }
  }

  /** {@code if_not_exists(path, fallback)}; only valid in SET. */
  record IfNotExists(AttributePath path, Term fallback) implements Term {
    public IfNotExists {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(fallback, "fallback");
    }
  }

  /** {@code list_append(first, second)}; only valid in SET. */
  record ListAppend(Term first, Term second) implements Term {
    public ListAppend {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /** {@code left + right} or {@code left - right}; only valid in SET. */
  record Arithmetic(Term left, boolean plus, Term right) implements Term {
    public Arithmetic {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }
}
