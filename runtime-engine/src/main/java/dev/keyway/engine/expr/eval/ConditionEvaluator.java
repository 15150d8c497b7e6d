package dev.keyway.engine.expr.eval;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.resolve.Function;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.AttributeValue.Type;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import dev.keyway.model.Strings;
import java.util.Map;

/**
 * Evaluates a resolved condition against an item with DynamoDB's semantics: values of different
 * types are never equal or ordered; a missing attribute makes every comparison false except
 * {@code <>}; S compares by code point, N numerically, B as unsigned bytes.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** Whether {@code item} (empty when there is no item) satisfies the condition. */
  public static boolean test(Condition c, Map<String, AttributeValue> item) {
    if (c instanceof Condition.And x) {
      return test(x.left(), item) && test(x.right(), item);
    }
    if (c instanceof Condition.Or x) {
      return test(x.left(), item) || test(x.right(), item);
    }
    if (c instanceof Condition.Not x) {
      return !test(x.operand(), item);
    }
    if (c instanceof Condition.Parens x) {
      return test(x.inner(), item);
    }
    if (c instanceof Condition.Compare x) {
      return compare(x.comparator(), value(x.left(), item), value(x.right(), item));
    }
    if (c instanceof Condition.Between x) {
      AttributeValue v = value(x.value(), item);
      return compare(Condition.Comparator.GE, v, value(x.low(), item))
          && compare(Condition.Comparator.LE, v, value(x.high(), item));
    }
    if (c instanceof Condition.In x) {
      AttributeValue v = value(x.value(), item);
      if (v == null) {
        return false;
      }
      for (Operand candidate : x.candidates()) {
        if (v.equals(value(candidate, item))) {
          return true;
        }
      }
      return false;
    }
    return function(((Condition.FunctionCondition) c).call(), item);
  }

  private static boolean function(Operand.Call call, Map<String, AttributeValue> item) {
    Function f = Function.named(call.function()).orElseThrow();
    AttributeValue a = value(call.args().get(0), item);
    switch (f) {
      case ATTRIBUTE_EXISTS:
        return a != null;
      case ATTRIBUTE_NOT_EXISTS:
        return a == null;
      default:
        break;
    }
    AttributeValue b = value(call.args().get(1), item);
    if (a == null || b == null) {
      return false;
    }
    switch (f) {
      case ATTRIBUTE_TYPE:
        return b instanceof AttributeValue.S s && a.type().name().equals(s.value());
      case BEGINS_WITH:
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
          return Strings.beginsWith(x.value(), y.value());
        }
        return a instanceof AttributeValue.B x
            && b instanceof AttributeValue.B y
            && x.value().startsWith(y.value());
      default:
        return contains(a, b);
    }
  }

  static boolean contains(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.S x) {
      return b instanceof AttributeValue.S y && x.value().contains(y.value());
    }
    if (a instanceof AttributeValue.B x) {
      return b instanceof AttributeValue.B y && x.value().contains(y.value());
    }
    if (a instanceof AttributeValue.SS x) {
      return b instanceof AttributeValue.S y && x.values().contains(y.value());
    }
    if (a instanceof AttributeValue.NS x) {
      return b instanceof AttributeValue.N y && x.values().contains(y.value());
    }
    if (a instanceof AttributeValue.BS x) {
      return b instanceof AttributeValue.B y && x.values().contains(y.value());
    }
    if (a instanceof AttributeValue.L x) {
      return x.values().contains(b);
    }
    return false;
  }

  static boolean compare(Condition.Comparator op, AttributeValue a, AttributeValue b) {
    if (a == null || b == null) {
      return op == Condition.Comparator.NE;
    }
    if (op == Condition.Comparator.EQ) {
      return a.equals(b);
    }
    if (op == Condition.Comparator.NE) {
      return !a.equals(b);
    }
    if (a.type() != b.type() || !(a.type() == Type.S || a.type() == Type.N || a.type() == Type.B)) {
      return false;
    }
    int c = order(a, b);
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      default -> c >= 0;
    };
  }

  private static int order(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.S x) {
      return x.compareTo((AttributeValue.S) b);
    }
    if (a instanceof AttributeValue.N x) {
      return x.compareTo((AttributeValue.N) b);
    }
    Bytes bytes = ((AttributeValue.B) a).value();
    return bytes.compareTo(((AttributeValue.B) b).value());
  }

  /** The value of a condition operand, or {@code null} when it does not exist. */
  static AttributeValue value(Operand o, Map<String, AttributeValue> item) {
    if (o instanceof Operand.Literal l) {
      return l.value();
    }
    if (o instanceof Operand.PathOperand p) {
      return Paths.read(item, p.path());
    }
    Operand.Call call = (Operand.Call) o; // size: the only operand function in conditions
    AttributeValue v = value(call.args().get(0), item);
    Integer size = size(v);
    return size == null ? null : new AttributeValue.N(DynamoNumber.of(size));
  }

  /** DynamoDB's size(): UTF-8 length of S, length of B, element count of sets, L and M. */
  static Integer size(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return Strings.utf8Length(s.value());
    }
    if (v instanceof AttributeValue.B b) {
      return b.value().length();
    }
    if (v instanceof AttributeValue.SS s) {
      return s.values().size();
    }
    if (v instanceof AttributeValue.NS s) {
      return s.values().size();
    }
    if (v instanceof AttributeValue.BS s) {
      return s.values().size();
    }
    if (v instanceof AttributeValue.L l) {
      return l.values().size();
    }
    if (v instanceof AttributeValue.M m) {
      return m.values().size();
    }
    return null;
  }
}
