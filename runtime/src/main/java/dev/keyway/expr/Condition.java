package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition or filter expression as an immutable tree. Typed paths create the leaves ({@code
 * STATUS.eq("PAID")}); {@link #and}, {@link #or} and {@link #not} combine them. The records are
 * public so dynamic code can build trees directly; equality is structural.
 */
public sealed interface Condition
    permits Condition.Comparison,
        Condition.Between,
        Condition.In,
        Condition.And,
        Condition.Or,
        Condition.Not,
        Condition.AttributeExists,
        Condition.AttributeNotExists,
        Condition.AttributeType,
        Condition.BeginsWith,
        Condition.Contains {

  /** Maximum operands DynamoDB accepts on the right of IN. */
  int MAX_IN_OPERANDS = 100;

  /** Both this and {@code other}; nested ANDs are flattened. */
  default Condition and(Condition other) {
    return allOf(this, other);
  }

  /** Either this or {@code other}; nested ORs are flattened. */
  default Condition or(Condition other) {
    return anyOf(this, other);
  }

  /** The negation of this condition. */
  default Condition not() {
    return new Not(this);
  }

  /** All of the given conditions (at least one). */
  static Condition allOf(Condition... conditions) {
    List<Condition> flat = new ArrayList<>();
    for (Condition c : conditions) {
      if (c instanceof And and) {
        flat.addAll(and.conditions());
      } else {
        flat.add(Objects.requireNonNull(c, "condition"));
      }
    }
    return flat.size() == 1 ? flat.get(0) : new And(flat);
  }

  /** Any of the given conditions (at least one). */
  static Condition anyOf(Condition... conditions) {
    List<Condition> flat = new ArrayList<>();
    for (Condition c : conditions) {
      if (c instanceof Or or) {
        flat.addAll(or.conditions());
      } else {
        flat.add(Objects.requireNonNull(c, "condition"));
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Or(flat);
  }

  /** {@code left op right}. */
  record Comparison(Term left, ComparisonOperator operator, Term right) implements Condition {
    public Comparison {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code subject BETWEEN low AND high}. */
  record Between(Term subject, Term low, Term high) implements Condition {
    public Between {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  /** {@code subject IN (c1, c2, ...)}, one to a hundred candidates. */
  record In(Term subject, List<Term> candidates) implements Condition {
    public In {
      Objects.requireNonNull(subject, "subject");
      candidates = List.copyOf(candidates);
      if (candidates.isEmpty() || candidates.size() > MAX_IN_OPERANDS) {
        throw new IllegalArgumentException(
            "IN takes 1 to " + MAX_IN_OPERANDS + " candidates, got " + candidates.size());
      }
    }
  }

  /** Conjunction of two or more conditions. */
  record And(List<Condition> conditions) implements Condition {
    public And {
      conditions = List.copyOf(conditions);
      if (conditions.size() < 2) {
        throw new IllegalArgumentException("AND needs at least two conditions");
      }
    }
  }

  /** Disjunction of two or more conditions. */
  record Or(List<Condition> conditions) implements Condition {
    public Or {
      conditions = List.copyOf(conditions);
      if (conditions.size() < 2) {
        throw new IllegalArgumentException("OR needs at least two conditions");
      }
    }
  }

  /** {@code NOT condition}. */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }
  }

  /** {@code attribute_exists(path)}. */
  record AttributeExists(AttributePath path) implements Condition {
    public AttributeExists {
      Objects.requireNonNull(path, "path");
    }
  }

  /** {@code attribute_not_exists(path)}. */
  record AttributeNotExists(AttributePath path) implements Condition {
    public AttributeNotExists {
      Objects.requireNonNull(path, "path");
    }
  }

  /** {@code attribute_type(path, :type)}; the type descriptor is passed as a string value. */
  record AttributeType(AttributePath path, AttributeValue.Type type) implements Condition {
    public AttributeType {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(type, "type");
    }
  }

  /** {@code begins_with(path, prefix)}. */
  record BeginsWith(AttributePath path, Term prefix) implements Condition {
    public BeginsWith {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(prefix, "prefix");
    }
  }

  /** {@code contains(path, operand)}: substring, set member or list element. */
  record Contains(AttributePath path, Term operand) implements Condition {
    public Contains {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operand, "operand");
    }
  }
}
