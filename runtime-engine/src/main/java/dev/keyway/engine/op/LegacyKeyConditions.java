package dev.keyway.engine.op;

import dev.keyway.engine.request.KeyCondition;
import dev.keyway.engine.request.LegacyConditions;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.Condition;
import java.util.List;
import java.util.Map;

/** The legacy KeyConditions parameter of Query, turned into a KeyCondition. */
final class LegacyKeyConditions {
  private LegacyKeyConditions() {}

  static KeyCondition of(Map<String, Condition> conditions, KeySpec key) {
    if (conditions.isEmpty() || conditions.size() > 2) {
      throw new ValidationException("Conditions can be of length 1 or 2 only");
    }
    Condition hash = conditions.get(key.hashName());
    for (String name : conditions.keySet()) {
      if (!key.isKeyAttribute(name)) {
        throw new ValidationException("Query condition missed key schema element: "
            + (hash == null ? key.hashName() : key.rangeName()));
      }
    }
    if (hash == null) {
      throw new ValidationException("Query condition missed key schema element: " + key.hashName());
    }
    if (hash.comparisonOperator() != ComparisonOperator.EQ) {
      throw new ValidationException("Query key condition not supported");
    }
    List<AttributeValue> hv = values(hash, 1);
    typeCheck(hv, key.hashType().name());
    if (conditions.size() == 1) {
      return new KeyCondition(key.hashName(), hv.get(0), null, null, List.of());
    }
    Condition range = conditions.get(key.rangeName());
    KeyCondition.SortOp op;
    switch (range.comparisonOperator()) {
      case EQ: op = KeyCondition.SortOp.EQ; break;
      case LT: op = KeyCondition.SortOp.LT; break;
      case LE: op = KeyCondition.SortOp.LE; break;
      case GT: op = KeyCondition.SortOp.GT; break;
      case GE: op = KeyCondition.SortOp.GE; break;
      case BETWEEN: op = KeyCondition.SortOp.BETWEEN; break;
      case BEGINS_WITH: op = KeyCondition.SortOp.BEGINS_WITH; break;
      default:
        throw new ValidationException("Query key condition not supported");
    }
    List<AttributeValue> rv = values(range, op == KeyCondition.SortOp.BETWEEN ? 2 : 1);
    LegacyConditions.checkArguments(range.comparisonOperator(), rv);
    typeCheck(rv, key.rangeType().name());
    return new KeyCondition(key.hashName(), hv.get(0), key.rangeName(), op, rv);
  }

  private static List<AttributeValue> values(Condition c, int n) {
    List<AttributeValue> v = c.attributeValueList();
    if (v == null || v.size() != n) {
      throw new ValidationException("One or more parameter values were invalid: Invalid number of "
          + "argument(s) for the " + c.comparisonOperator() + " ComparisonOperator");
    }
    return v;
  }

  private static void typeCheck(List<AttributeValue> values, String type) {
    for (AttributeValue v : values) {
      if (!v.type().name().equals(type)) {
        throw new ValidationException("One or more parameter values were invalid: Condition "
            + "parameter type does not match schema type");
      }
    }
  }
}
