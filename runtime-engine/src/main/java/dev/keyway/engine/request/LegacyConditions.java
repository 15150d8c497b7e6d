package dev.keyway.engine.request;

import dev.keyway.engine.storage.KeyOrder;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import dev.keyway.model.Strings;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.Condition;
import dev.keyway.ops.ConditionalOperator;
import dev.keyway.ops.ExpectedAttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The legacy conditional parameters: Expected, QueryFilter, ScanFilter (ComparisonOperator). */
public final class LegacyConditions {
  private LegacyConditions() {}

  public static ItemCondition filter(Map<String, Condition> conditions, ConditionalOperator op) {
    List<ItemCondition> parts = new ArrayList<>();
    for (Map.Entry<String, Condition> e : conditions.entrySet()) {
      Condition c = e.getValue();
      List<AttributeValue> args = c.attributeValueList() == null ? List.of() : c.attributeValueList();
      parts.add(comparison(e.getKey(), c.comparisonOperator(), args));
    }
    return combine(parts, op);
  }

  public static ItemCondition expected(
      Map<String, ExpectedAttributeValue> expected, ConditionalOperator op) {
    List<ItemCondition> parts = new ArrayList<>();
    for (Map.Entry<String, ExpectedAttributeValue> e : expected.entrySet()) {
      parts.add(expectation(e.getKey(), e.getValue()));
    }
    return combine(parts, op);
  }

  private static ItemCondition combine(List<ItemCondition> parts, ConditionalOperator op) {
    boolean or = op == ConditionalOperator.OR;
    return item -> {
      for (ItemCondition part : parts) {
        boolean r = part.test(item);
        if (or && r) {
          return true;
        }
        if (!or && !r) {
          return false;
        }
      }
      return !or || parts.isEmpty();
    };
  }

  private static ItemCondition expectation(String name, ExpectedAttributeValue e) {
    if (e.comparisonOperator() != null) {
      if (e.value() != null) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "Value and ComparisonOperator cannot be used together for Attribute: " + name);
      }
      List<AttributeValue> args = e.attributeValueList() == null ? List.of() : e.attributeValueList();
      return comparison(name, e.comparisonOperator(), args);
    }
    boolean exists = e.exists() == null || e.exists();
    if (exists) {
      if (e.value() == null) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "Value must be provided when Exists is "
            + (e.exists() == null ? "null" : "true") + " for Attribute: " + name);
      }
      AttributeValue expectedValue = e.value();
      return item -> expectedValue.equals(item.get(name));
    }
    if (e.value() != null) {
      throw new ValidationException("One or more parameter values were invalid: "
          + "Value cannot be used when Exists is false for Attribute: " + name);
    }
    return item -> !item.containsKey(name);
  }

  /** One attribute compared by a legacy ComparisonOperator. */
  public static ItemCondition comparison(
      String name, ComparisonOperator op, List<AttributeValue> args) {
    checkArity(op, args);
    switch (op) {
      case EQ:
        return item -> args.get(0).equals(item.get(name));
      case NE:
        return item -> !args.get(0).equals(item.get(name));
      case LT:
        return item -> compare(item.get(name), args.get(0)) < 0;
      case LE:
        return item -> { int c = compare(item.get(name), args.get(0)); return c <= 0 && c != Integer.MIN_VALUE; };
      case GT:
        return item -> { int c = compare(item.get(name), args.get(0)); return c > 0 && c != Integer.MAX_VALUE; };
      case GE:
        return item -> { int c = compare(item.get(name), args.get(0)); return c >= 0 && c != Integer.MAX_VALUE; };
      case BETWEEN:
        return item -> {
          int lo = compare(item.get(name), args.get(0));
          int hi = compare(item.get(name), args.get(1));
          return lo >= 0 && lo != Integer.MAX_VALUE && hi <= 0 && hi != Integer.MIN_VALUE;
        };
      case NOT_NULL:
        return item -> item.containsKey(name);
      case NULL:
        return item -> !item.containsKey(name);
      case CONTAINS:
        return item -> contains(item.get(name), args.get(0));
      case NOT_CONTAINS:
        return item -> item.containsKey(name) && !contains(item.get(name), args.get(0));
      case BEGINS_WITH:
        return item -> beginsWith(item.get(name), args.get(0));
      case IN:
        return item -> item.containsKey(name) && args.contains(item.get(name));
      default:
        throw new AssertionError(op);
    }
  }

  private static void checkArity(ComparisonOperator op, List<AttributeValue> args) {
    int n = args.size();
    boolean ok;
    switch (op) {
      case NULL:
      case NOT_NULL:
        ok = n == 0;
        break;
      case BETWEEN:
        ok = n == 2;
        break;
      case IN:
        ok = n >= 1;
        break;
      default:
        ok = n == 1;
    }
    if (!ok) {
      throw new ValidationException("One or more parameter values were invalid: "
          + "Invalid number of argument(s) for the " + op + " ComparisonOperator");
    }
  }

  /**
   * Orders two scalar values of the same type; returns MIN_VALUE or MAX_VALUE (which every
   * operator treats as "false") when the attribute is absent or of another type.
   */
  private static int compare(AttributeValue actual, AttributeValue expected) {
    if (actual == null || actual.type() != expected.type() || !actual.type().isScalarKeyType()) {
      return Integer.MIN_VALUE;
    }
    int c = KeyOrder.compare(actual, expected);
    return c == Integer.MIN_VALUE ? -1 : c == Integer.MAX_VALUE ? 1 : c;
  }

  static boolean contains(AttributeValue actual, AttributeValue part) {
    if (actual instanceof AttributeValue.S s && part instanceof AttributeValue.S p) {
      return s.value().contains(p.value());
    }
    if (actual instanceof AttributeValue.B b && part instanceof AttributeValue.B p) {
      return b.value().contains(p.value());
    }
    if (actual instanceof AttributeValue.SS ss && part instanceof AttributeValue.S p) {
      return ss.values().contains(p.value());
    }
    if (actual instanceof AttributeValue.NS ns && part instanceof AttributeValue.N p) {
      return ns.values().contains(p.value());
    }
    if (actual instanceof AttributeValue.BS bs && part instanceof AttributeValue.B p) {
      return bs.values().contains(p.value());
    }
    if (actual instanceof AttributeValue.L l) {
      return l.values().contains(part);
    }
    return false;
  }

  static boolean beginsWith(AttributeValue actual, AttributeValue prefix) {
    if (actual instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return Strings.beginsWith(s.value(), p.value());
    }
    if (actual instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      Bytes value = b.value();
      return value.startsWith(p.value());
    }
    return false;
  }

  static DynamoNumber number(AttributeValue v) {
    return ((AttributeValue.N) v).value();
  }
}
