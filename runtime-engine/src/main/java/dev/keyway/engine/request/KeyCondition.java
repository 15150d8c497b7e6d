package dev.keyway.engine.request;

import dev.keyway.engine.storage.KeyOrder;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Strings;
import java.util.List;

/**
 * A resolved key condition of a Query: equality on the hash key and an optional condition on the
 * range key. On a multi-attribute range key, {@code prefix} holds the values the leading range
 * attributes must equal, and {@code op} (if any) applies to the attribute after them.
 */
public record KeyCondition(
    String hashName,
    AttributeValue hashValue,
    String rangeName,
    SortOp op,
    List<AttributeValue> values,
    List<AttributeValue> prefix) {

  /** The range-key operators a key condition allows. */
  public enum SortOp {
    EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
  }

  public KeyCondition {
    values = List.copyOf(values);
    prefix = List.copyOf(prefix);
  }

  /** A condition on a single-attribute range key (or none). */
  public KeyCondition(
      String hashName, AttributeValue hashValue, String rangeName, SortOp op,
      List<AttributeValue> values) {
    this(hashName, hashValue, rangeName, op, values, List.of());
  }

  public boolean hasRange() {
    return op != null || !prefix.isEmpty();
  }

  /** Whether a range-key value (composite for multi-attribute keys) satisfies the condition. */
  public boolean matches(AttributeValue range) {
    if (!hasRange()) {
      return true;
    }
    if (range == null) {
      return false;
    }
    if (!(range instanceof AttributeValue.L composite)) {
      return test(range);
    }
    List<AttributeValue> parts = composite.values();
    for (int i = 0; i < prefix.size(); i++) {
      if (KeyOrder.compare(parts.get(i), prefix.get(i)) != 0) {
        return false;
      }
    }
    return op == null || test(parts.get(prefix.size()));
  }

  private boolean test(AttributeValue range) {
    AttributeValue a = values.get(0);
    switch (op) {
      case EQ:
        return KeyOrder.compare(range, a) == 0;
      case LT:
        return KeyOrder.compare(range, a) < 0;
      case LE:
        return KeyOrder.compare(range, a) <= 0;
      case GT:
        return KeyOrder.compare(range, a) > 0;
      case GE:
        return KeyOrder.compare(range, a) >= 0;
      case BETWEEN:
        return KeyOrder.compare(range, a) >= 0 && KeyOrder.compare(range, values.get(1)) <= 0;
      case BEGINS_WITH:
        if (range instanceof AttributeValue.S s && a instanceof AttributeValue.S p) {
          return Strings.beginsWith(s.value(), p.value());
        }
        if (range instanceof AttributeValue.B b && a instanceof AttributeValue.B p) {
          return b.value().startsWith(p.value());
        }
        return false;
      default:
        throw new AssertionError(op);
    }
  }
}
