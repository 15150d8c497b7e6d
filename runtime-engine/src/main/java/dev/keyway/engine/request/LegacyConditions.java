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
    return ItemCondition.reading(new java.util.LinkedHashSet<>(conditions.keySet()),
        combine(parts, op));
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
        throw new ValidationException("One or more parameter values were invalid: Value and "
            + (e.attributeValueList() != null ? "AttributeValueList" : "ComparisonOperator")
            + " cannot be used together for Attribute: " + name);
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
    checkArguments(op, args);
    switch (op) {
      case EQ:
        return item -> args.get(0).equals(item.get(name));
      case NE:
        return item -> !args.get(0).equals(item.get(name));
      case LT:
        return item -> test(compare(item.get(name), args.get(0)), c -> c < 0);
      case LE:
        return item -> test(compare(item.get(name), args.get(0)), c -> c <= 0);
      case GT:
        return item -> test(compare(item.get(name), args.get(0)), c -> c > 0);
      case GE:
        return item -> test(compare(item.get(name), args.get(0)), c -> c >= 0);
      case BETWEEN:
        return item -> test(compare(item.get(name), args.get(0)), c -> c >= 0)
            && test(compare(item.get(name), args.get(1)), c -> c <= 0);
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

  /**
   * The argument types each operator accepts, and BETWEEN's bounds in order, checked as DynamoDB
   * checks them (KeyConditions included).
   */
  public static void checkArguments(ComparisonOperator op, List<AttributeValue> args) {
    for (AttributeValue a : args) {
      AttributeValue.Type t = a.type();
      boolean ok;
      switch (op) {
        case IN:
        case LT:
        case LE:
        case GT:
        case GE:
        case BETWEEN:
          ok = t.isScalarKeyType();
          break;
        case CONTAINS:
        case NOT_CONTAINS:
          ok = !t.isSet() && t != AttributeValue.Type.L && t != AttributeValue.Type.M;
          break;
        case BEGINS_WITH:
          ok = t == AttributeValue.Type.S || t == AttributeValue.Type.B;
          break;
        default:
          ok = true;
      }
      if (!ok) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "ComparisonOperator " + op + " is not valid for " + t + " AttributeValue type");
      }
    }
    for (AttributeValue a : args) {
      if (a.type() != args.get(0).type()) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "AttributeValues inside AttributeValueList must be of same type");
      }
    }
    Integer order = op == ComparisonOperator.BETWEEN ? compare(args.get(0), args.get(1)) : null;
    if (order != null && order > 0) {
      throw new ValidationException("The BETWEEN condition was provided a range where the lower "
          + "bound is greater than the upper bound");
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
   * Orders two scalar values of the same type; null (every comparison false) when the attribute
   * is absent or of another type.
   */
  private static Integer compare(AttributeValue actual, AttributeValue expected) {
    if (actual == null || actual.type() != expected.type() || !actual.type().isScalarKeyType()) {
      return null;
    }
    return KeyOrder.compare(actual, expected);
  }

  private static boolean test(Integer comparison, java.util.function.IntPredicate p) {
    return comparison != null && p.test(comparison);
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
