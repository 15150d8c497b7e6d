package dev.keyway.engine.expr.resolve;

import dev.keyway.model.AttributeValue;
import java.util.Optional;

/**
 * A key condition reduced to what an index range scan needs: the partition key value, and an
 * optional condition on the sort key.
 */
public record KeyCondition(
    String partitionKey, AttributeValue partitionValue, Optional<SortCondition> sortCondition) {

  /** The sort-key operators DynamoDB allows in a key condition. */
  public enum SortOperator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

  /** {@code value} is the operand (the lower bound for BETWEEN); {@code high} is set for BETWEEN. */
  public record SortCondition(
      String sortKey, SortOperator operator, AttributeValue value, AttributeValue high) {

    /** Whether a sort-key value satisfies this condition (values of another type never do). */
    public boolean test(AttributeValue sk) {
      if (sk.type() != value.type()) {
        return false;
      }
      int c = ConditionResolver.compareSameType(sk, value);
      return switch (operator) {
        case EQ -> c == 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        case GE -> c >= 0;
        case BETWEEN -> c >= 0 && ConditionResolver.compareSameType(sk, high) <= 0;
        case BEGINS_WITH -> beginsWith(sk, value);
      };
    }

    private static boolean beginsWith(AttributeValue v, AttributeValue prefix) {
      if (v instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
        return s.value().startsWith(p.value());
      }
      if (v instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
        return b.value().startsWith(p.value());
      }
      return false;
    }
  }
}
