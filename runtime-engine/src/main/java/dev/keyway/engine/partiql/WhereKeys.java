package dev.keyway.engine.partiql;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.request.KeyCondition;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WHERE clause says about a key: the conjuncts (top-level ANDs) that pin key attributes by
 * equality, and the rest. Writes need the full key pinned; a SELECT pinning the partition key
 * reads one partition (a Query), narrowed by one sort-key conjunct when there is one.
 */
public final class WhereKeys {
  private WhereKeys() {}

  /** A write's target: its full primary key and the condition left over (null when none). */
  public record Target(Map<String, AttributeValue> key, Condition rest) {}

  /**
   * The primary key a write's WHERE clause names; DynamoDB's "mandatory equality on all key
   * attributes" error when it names less.
   */
  public static Target target(Condition where, KeySpec key) {
    Map<String, AttributeValue> pinned = new LinkedHashMap<>();
    List<Condition> rest = new ArrayList<>();
    for (Condition c : conjuncts(where)) {
      Equality eq = equality(c);
      if (eq != null && key.isKeyAttribute(eq.name())) {
        if (pinned.containsKey(eq.name())) {
          throw new ValidationException("Multiple conditions on same key " + eq.name()
              + ". Only single item Update/Insert/Delete are supported");
        }
        pinned.put(eq.name(), eq.value());
      } else {
        rest.add(c);
      }
    }
    if (!pinned.containsKey(key.hashName()) || (key.hasRange() && !pinned.containsKey(key.rangeName()))) {
      throw PartiqlErrors.incompleteKey();
    }
    Map<String, AttributeValue> ordered = key.keyOf(pinned);
    ordered.forEach((name, value) -> checkKeyType(key, name, value));
    return new Target(ordered, and(rest));
  }

  /**
   * The key condition a SELECT's WHERE clause allows on a table or index: equality on the
   * partition key and at most one range condition on the sort key; null when the partition key is
   * not pinned to one value of its type (the statement then runs as a Scan).
   */
  public static KeyCondition keyCondition(Condition where, KeySpec key) {
    if (where == null) {
      return null;
    }
    AttributeValue hash = null;
    KeyCondition range = null;
    for (Condition c : conjuncts(where)) {
      Equality eq = equality(c);
      if (eq != null && eq.name().equals(key.hashName())) {
        if (hash != null && !hash.equals(eq.value())) {
          return null; // two different partitions: nothing matches; a Scan finds that out
        }
        hash = eq.value();
      } else if (range == null && key.hasRange()) {
        range = rangeCondition(c, key);
      }
    }
    if (hash == null || !KeySpec.hasType(hash, key.hashType())) {
      return null;
    }
    return range == null ? new KeyCondition(key.hashName(), hash, null, null, List.of())
        : new KeyCondition(key.hashName(), hash, key.rangeName(), range.op(), range.values());
  }

  /** Checks a key value's type against the schema, in DynamoDB's PartiQL words. */
  public static void checkKeyType(KeySpec key, String name, AttributeValue value) {
    boolean hash = name.equals(key.hashName());
    if (!KeySpec.hasType(value, hash ? key.hashType() : key.rangeType())) {
      throw new ValidationException(
          "Key attribute's data type should match its data type in table's schema: Key " + name);
    }
  }

  /** The top-level ANDs of a condition, looking through parentheses. */
  public static List<Condition> conjuncts(Condition c) {
    List<Condition> out = new ArrayList<>();
    List<Condition> todo = new ArrayList<>();
    todo.add(c);
    while (!todo.isEmpty()) {
      Condition next = todo.remove(todo.size() - 1);
      if (next instanceof Condition.And and) {
        todo.add(and.right());
        todo.add(and.left());
      } else if (next instanceof Condition.Parens p) {
        todo.add(p.inner());
      } else {
        out.add(next);
      }
    }
    return out;
  }

  private static Condition and(List<Condition> conditions) {
    Condition out = null;
    for (Condition c : conditions) {
      out = out == null ? c : new Condition.And(out, c);
    }
    return out;
  }

  private record Equality(String name, AttributeValue value) {}

  /** {@code name = value} or {@code value = name} on a top-level attribute. */
  private static Equality equality(Condition c) {
    if (!(c instanceof Condition.Compare cmp) || cmp.comparator() != Condition.Comparator.EQ) {
      return null;
    }
    String left = topLevelName(cmp.left());
    String right = topLevelName(cmp.right());
    if (left != null && cmp.right() instanceof Operand.Literal l) {
      return new Equality(left, l.value());
    }
    if (right != null && cmp.left() instanceof Operand.Literal l) {
      return new Equality(right, l.value());
    }
    return null;
  }

  private static String topLevelName(Operand o) {
    if (o instanceof Operand.PathOperand p && p.path().depth() == 1
        && p.path().elements().get(0) instanceof PathElement.Name n) {
      return n.name();
    }
    return null;
  }

  /** A comparison, BETWEEN or begins_with on the sort key with values of its type, else null. */
  private static KeyCondition rangeCondition(Condition c, KeySpec key) {
    String sort = key.rangeName();
    KeyCondition.SortOp op = null;
    List<AttributeValue> values = null;
    if (c instanceof Condition.Compare cmp && sort.equals(topLevelName(cmp.left()))
        && cmp.right() instanceof Operand.Literal l && cmp.comparator() != Condition.Comparator.NE) {
      op = KeyCondition.SortOp.valueOf(cmp.comparator().name());
      values = List.of(l.value());
    } else if (c instanceof Condition.Between b && sort.equals(topLevelName(b.value()))
        && b.low() instanceof Operand.Literal lo && b.high() instanceof Operand.Literal hi) {
      op = KeyCondition.SortOp.BETWEEN;
      values = List.of(lo.value(), hi.value());
    } else if (c instanceof Condition.FunctionCondition f && f.call().function().equals("begins_with")
        && sort.equals(topLevelName(f.call().args().get(0)))
        && f.call().args().get(1) instanceof Operand.Literal p) {
      op = KeyCondition.SortOp.BEGINS_WITH;
      values = List.of(p.value());
    }
    if (op == null) {
      return null;
    }
    for (AttributeValue v : values) {
      if (!KeySpec.hasType(v, key.rangeType())) {
        return null;
      }
    }
    if (op == KeyCondition.SortOp.BETWEEN
        && dev.keyway.engine.storage.KeyOrder.compare(values.get(0), values.get(1)) > 0) {
      return null; // an empty range: the filter finds no item
    }
    return new KeyCondition(key.hashName(), null, sort, op, values);
  }

  /** Whether a path is a plain top-level name (key attributes are never nested). */
  public static boolean isTopLevel(Path path) {
    return path.depth() == 1 && path.elements().get(0) instanceof PathElement.Name;
  }
}
