package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the structure of a resolved KeyConditionExpression against a key schema and reduces it to
 * a {@link KeyCondition}. Run it after {@link ExpressionResolver#checkAllUsed()}: DynamoDB reports
 * unused names and values before these structural errors.
 */
public final class KeyConditionExtractor {
  private KeyConditionExtractor() {}

  /**
   * @param sortKey the sort key name, or {@code null} when the table or index has none
   * @param partitionType the partition key's type, or {@code null} to skip the type check
   * @param sortType the sort key's type, or {@code null} to skip the type check
   */
  public static KeyCondition extract(
      Condition condition,
      String partitionKey,
      AttributeValue.Type partitionType,
      String sortKey,
      AttributeValue.Type sortType) {
    List<Condition> parts = new ArrayList<>();
    flatten(condition, parts);
    boolean partitionSeen = false; // two flags, not a set: a key has at most two attributes
    boolean sortSeen = false;
    for (Condition part : parts) {
      String name = keyPath(part).topLevelName();
      boolean repeated = name.equals(partitionKey) ? partitionSeen
          : name.equals(sortKey) && sortSeen;
      if (repeated) {
        throw new ValidationException(
            "KeyConditionExpressions must only contain one condition per key");
      }
      partitionSeen |= name.equals(partitionKey);
      sortSeen |= name.equals(sortKey);
    }
    if (parts.size() > 2) {
      throw new ValidationException("Conditions can be of length 1 or 2 only");
    }
    AttributeValue pkValue = null;
    KeyCondition.SortCondition sk = null;
    for (Condition part : parts) {
      Path path = keyPath(part);
      String name = path.topLevelName();
      boolean isPk = name.equals(partitionKey);
      boolean isSk = name.equals(sortKey);
      if (!isPk && !isSk) {
        throw missedKey(sortKey != null ? sortKey : partitionKey);
      }
      if (path.depth() > 1) {
        throw new ValidationException(
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not"
                + " allowed: Key: "
                + name);
      }
      if ((isPk && pkValue != null) || (isSk && sk != null)) {
        throw new ValidationException(
            "KeyConditionExpressions must only contain one condition per key");
      }
      KeyCondition.SortCondition sc = sortCondition(part, name);
      if (isPk) {
        if (sc.operator() != KeyCondition.SortOperator.EQ) {
          throw new ValidationException("Query key condition not supported");
        }
        pkValue = sc.value();
      } else {
        sk = sc;
      }
    }
    if (pkValue == null) {
      throw missedKey(partitionKey);
    }
    checkType(pkValue, partitionType);
    if (sk != null) {
      checkType(sk.value(), sortType);
      if (sk.high() != null) {
        checkType(sk.high(), sortType);
      }
    }
    return new KeyCondition(partitionKey, pkValue, Optional.ofNullable(sk));
  }

  /**
   * The conditions of a key condition on a multi-attribute key, one per named attribute in the
   * order written; the caller checks them against the key schema.
   */
  public static List<KeyCondition.SortCondition> conditions(Condition condition) {
    List<Condition> parts = new ArrayList<>();
    flatten(condition, parts);
    List<KeyCondition.SortCondition> out = new ArrayList<>(parts.size());
    for (Condition part : parts) {
      Path path = keyPath(part);
      if (path.depth() > 1) {
        throw new ValidationException(
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not"
                + " allowed: Key: "
                + path.topLevelName());
      }
      out.add(sortCondition(part, path.topLevelName()));
    }
    return out;
  }

  /**
   * DynamoDB names the missed key element in the message (": name").
   */
  private static ValidationException missedKey(String key) {
    return new ValidationException("Query condition missed key schema element: " + key);
  }

  private static void checkType(AttributeValue v, AttributeValue.Type expected) {
    if (expected != null && v.type() != expected) {
      throw new ValidationException(
          "One or more parameter values were invalid: Condition parameter type does not match"
              + " schema type");
    }
  }

  private static void flatten(Condition c, List<Condition> out) {
    if (c instanceof Condition.Parens p) {
      flatten(p.inner(), out);
    } else if (c instanceof Condition.And a) {
      flatten(a.left(), out);
      flatten(a.right(), out);
    } else if (c instanceof Condition.Or) {
      throw invalidOperator("OR");
    } else if (c instanceof Condition.Not) {
      throw invalidOperator("NOT");
    } else if (c instanceof Condition.In) {
      throw invalidOperator("IN");
    } else if (c instanceof Condition.Compare cmp && cmp.comparator() == Condition.Comparator.NE) {
      throw invalidOperator("<>");
    } else if (c instanceof Condition.FunctionCondition f
        && !f.call().function().equals(Function.BEGINS_WITH.text())) {
      throw invalidOperator(f.call().function());
    } else {
      out.add(c);
    }
  }

  private static ValidationException invalidOperator(String op) {
    return new ValidationException("Invalid operator used in KeyConditionExpression: " + op);
  }

  /** The key path a simple condition constrains (the path operand, on either side). */
  private static Path keyPath(Condition c) {
    for (Operand o : operands(c)) {
      if (o instanceof Operand.PathOperand p) {
        return p.path();
      }
    }
    throw new ValidationException("Invalid operator used in KeyConditionExpression: size");
  }

  private static List<Operand> operands(Condition c) {
    if (c instanceof Condition.Compare x) {
      return List.of(x.left(), x.right());
    }
    if (c instanceof Condition.Between x) {
      return List.of(x.value(), x.low(), x.high());
    }
    return ((Condition.FunctionCondition) c).call().args();
  }

  private static KeyCondition.SortCondition sortCondition(Condition c, String key) {
    if (c instanceof Condition.Between b) {
      return new KeyCondition.SortCondition(
          key, KeyCondition.SortOperator.BETWEEN, literal(b.low()), literal(b.high()));
    }
    if (c instanceof Condition.FunctionCondition f) {
      return new KeyCondition.SortCondition(
          key, KeyCondition.SortOperator.BEGINS_WITH, literal(f.call().args().get(1)), null);
    }
    Condition.Compare x = (Condition.Compare) c;
    boolean flipped = !(x.left() instanceof Operand.PathOperand);
    Operand value = flipped ? x.left() : x.right();
    Condition.Comparator op = x.comparator();
    if (flipped) {
      op = switch (op) {
        case LT -> Condition.Comparator.GT;
        case LE -> Condition.Comparator.GE;
        case GT -> Condition.Comparator.LT;
        case GE -> Condition.Comparator.LE;
        default -> op;
      };
    }
    KeyCondition.SortOperator sop = KeyCondition.SortOperator.valueOf(op.name());
    return new KeyCondition.SortCondition(key, sop, literal(value), null);
  }

  private static AttributeValue literal(Operand o) {
    if (o instanceof Operand.Literal l) {
      return l.value();
    }
    throw new ValidationException("Invalid operator used in KeyConditionExpression: "
        + (o instanceof Operand.Call call ? call.function() : "path"));
  }
}
