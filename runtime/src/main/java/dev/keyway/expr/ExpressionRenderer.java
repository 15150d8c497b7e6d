package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Renders the expressions of one request into DynamoDB text over one placeholder namespace, so a
 * condition and an update (or a key condition, filter and projection) never collide and share
 * {@code #n} placeholders for the same names. Each render returns the placeholders it used; {@link
 * #names()} and {@link #values()} hold everything rendered so far. Not thread-safe; use one per
 * request. Rendering the same expressions in the same order always gives the same text.
 */
public final class ExpressionRenderer {
  private final Placeholders placeholders = new Placeholders();

  /** A condition or filter expression. */
  public RenderedExpression render(Condition condition) {
    ExpressionWriter w = new ExpressionWriter(placeholders);
    w.condition(condition);
    return w.result();
  }

  /** A key condition expression. */
  public RenderedExpression render(KeyCondition keyCondition) {
    ExpressionWriter w = new ExpressionWriter(placeholders);
    if (keyCondition instanceof KeyCondition.MultiAttribute multi) {
      for (int i = 0; i < multi.paths().size(); i++) {
        if (i > 0) {
          w.text(" AND ");
        }
        w.path(multi.paths().get(i));
        w.text(" = ");
        w.value(multi.values().get(i));
      }
    } else {
      w.path(keyCondition.partitionKeyPath());
      w.text(" = ");
      w.value(keyCondition.partitionKeyValue());
    }
    keyCondition.sortKey().ifPresent(sk -> sortKey(w, sk));
    return w.result();
  }

  private static void sortKey(ExpressionWriter w, SortKeyCondition sk) {
    w.text(" AND ");
    List<AttributeValue> v = sk.values();
    switch (sk.operator()) {
      case BEGINS_WITH:
        w.function("begins_with", sk.path(), Term.value(v.get(0)));
        return;
      case BETWEEN:
        w.path(sk.path());
        w.text(" BETWEEN ");
        w.value(v.get(0));
        w.text(" AND ");
        w.value(v.get(1));
        return;
      default:
        w.path(sk.path());
        w.text(" ").text(symbol(sk.operator())).text(" ");
        w.value(v.get(0));
    }
  }

  private static String symbol(SortKeyCondition.Operator operator) {
    return switch (operator) {
      case EQ -> "=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      default -> throw new AssertionError(operator);
    };
  }

  /** An update expression, clauses in the order SET, REMOVE, ADD, DELETE. */
  public RenderedExpression render(Update update) {
    if (update.isEmpty()) {
      throw new IllegalStateException("An update expression needs at least one action");
    }
    ExpressionWriter w = new ExpressionWriter(placeholders);
    boolean[] started = {false};
    clause(w, started, "SET", update, UpdateAction.SetAction.class);
    clause(w, started, "REMOVE", update, UpdateAction.RemoveAction.class);
    clause(w, started, "ADD", update, UpdateAction.AddAction.class);
    clause(w, started, "DELETE", update, UpdateAction.DeleteAction.class);
    return w.result();
  }

  private static void clause(
      ExpressionWriter w,
      boolean[] started,
      String keyword,
      Update update,
      Class<? extends UpdateAction> kind) {
    boolean first = true;
    for (UpdateAction action : update.actions()) {
      if (!kind.isInstance(action)) {
        continue;
      }
      if (first) {
        w.text(started[0] ? " " : "").text(keyword).text(" ");
        started[0] = true;
        first = false;
      } else {
        w.text(", ");
      }
      w.path(action.path());
      if (action instanceof UpdateAction.SetAction set) {
        w.text(" = ");
        w.term(set.value());
      } else if (action instanceof UpdateAction.AddAction add) {
        w.text(" ");
        w.value(add.value());
      } else if (action instanceof UpdateAction.DeleteAction delete) {
        w.text(" ");
        w.value(delete.value());
      }
    }
  }

  /** A projection expression. */
  public RenderedExpression render(Projection projection) {
    ExpressionWriter w = new ExpressionWriter(placeholders);
    w.paths(projection.paths());
    return w.result();
  }

  /** Every name placeholder allocated so far, in numbering order. */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(placeholders.names());
  }

  /** Every value placeholder allocated so far, in numbering order. */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(placeholders.values());
  }
}
