package dev.keyway.engine.request;

import dev.keyway.engine.storage.KeyOrder;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Strings;
import java.util.List;

/**
 * A resolved key condition of a Query: equality on the hash key and an optional condition on the
 * range key.
 */
public record KeyCondition(
    String hashName,
    AttributeValue hashValue,
    String rangeName,
    SortOp op,
    List<AttributeValue> values) {

  /** The range-key operators a key condition allows. */
  public enum SortOp {
    EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
  }

  public boolean hasRange() {
    return op != null;
  }

  /** Whether a range-key value satisfies the range condition. */
  public boolean matches(AttributeValue range) {
    if (op == null) {
      return true;
    }
    if (range == null) {
      return false;
    }
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
