package dev.keyway.engine.op;

import dev.keyway.engine.request.KeyCondition;
import dev.keyway.engine.request.LegacyConditions;
import dev.keyway.engine.request.MultiAttributeKeyConditions;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The legacy KeyConditions parameter of Query, turned into a KeyCondition. */
final class LegacyKeyConditions {
  private LegacyKeyConditions() {}

  static KeyCondition of(Map<String, Condition> conditions, KeySpec key) {
    if (key.multiAttribute() && !conditions.isEmpty()) {
      List<MultiAttributeKeyConditions.Term> terms = new ArrayList<>();
      conditions.forEach((name, c) -> {
        KeyCondition.SortOp op = op(c);
        List<AttributeValue> values = values(c, op == KeyCondition.SortOp.BETWEEN ? 2 : 1);
        LegacyConditions.checkArguments(c.comparisonOperator(), values);
        terms.add(new MultiAttributeKeyConditions.Term(name, op, values));
      });
      return MultiAttributeKeyConditions.of(terms, key);
    }
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
    KeyCondition.SortOp op = op(range);
    List<AttributeValue> rv = values(range, op == KeyCondition.SortOp.BETWEEN ? 2 : 1);
    LegacyConditions.checkArguments(range.comparisonOperator(), rv);
    typeCheck(rv, key.rangeType().name());
    return new KeyCondition(key.hashName(), hv.get(0), key.rangeName(), op, rv);
  }

  private static KeyCondition.SortOp op(Condition c) {
    return switch (c.comparisonOperator()) {
      case EQ -> KeyCondition.SortOp.EQ;
      case LT -> KeyCondition.SortOp.LT;
      case LE -> KeyCondition.SortOp.LE;
      case GT -> KeyCondition.SortOp.GT;
      case GE -> KeyCondition.SortOp.GE;
      case BETWEEN -> KeyCondition.SortOp.BETWEEN;
      case BEGINS_WITH -> KeyCondition.SortOp.BEGINS_WITH;
      default -> throw new ValidationException("Query key condition not supported");
    };
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
