package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.resolve.OperandResolver.Use;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import java.util.List;

/** Resolves a parsed condition: path rules first, then one left-to-right walk. */
final class ConditionResolver {
  /** DynamoDB's limit on the operands of IN. */
  static final int MAX_IN_OPERANDS = 100;

  private final OperandResolver operands;
  private final ExpressionKind kind;

  ConditionResolver(ExpressionKind kind, AttributeMaps maps) {
    this.kind = kind;
    this.operands = new OperandResolver(kind, maps);
  }

  Condition resolve(Condition parsed) {
    PathRules.check(kind, PathRules.paths(parsed));
    return walk(parsed);
  }

  private Condition walk(Condition c) {
    if (c instanceof Condition.And x) {
      return new Condition.And(walk(x.left()), walk(x.right()));
    }
    if (c instanceof Condition.Or x) {
      return new Condition.Or(walk(x.left()), walk(x.right()));
    }
    if (c instanceof Condition.Not x) {
      return new Condition.Not(walk(x.operand()));
    }
    if (c instanceof Condition.Parens x) {
      return new Condition.Parens(walk(x.inner()));
    }
    if (c instanceof Condition.FunctionCondition x) {
      return new Condition.FunctionCondition(operands.call(x.call(), Use.AS_CONDITION));
    }
    if (c instanceof Condition.Compare x) {
      Operand left = operands.operand(x.left(), Use.IN_CONDITION);
      Operand right = operands.operand(x.right(), Use.IN_CONDITION);
      String symbol = x.comparator().symbol();
      if (x.comparator() != Condition.Comparator.EQ && x.comparator() != Condition.Comparator.NE) {
        operands.requireLiteralType(left, symbol, OperandResolver.ORDERED);
        operands.requireLiteralType(right, symbol, OperandResolver.ORDERED);
      }
      operands.requireDistinct(symbol, left, List.of(right));
      return new Condition.Compare(x.comparator(), left, right);
    }
    if (c instanceof Condition.Between x) {
      return between(x);
    }
    Condition.In x = (Condition.In) c;
    if (x.candidates().size() > MAX_IN_OPERANDS) {
      throw ExprErrors.invalid(
          kind,
          "The IN operator is provided with too many operands; number of operands: "
              + x.candidates().size());
    }
    Operand value = operands.operand(x.value(), Use.IN_CONDITION);
    List<Operand> candidates =
        x.candidates().stream().map(o -> operands.operand(o, Use.IN_CONDITION)).toList();
    operands.requireDistinct("IN", value, candidates);
    return new Condition.In(value, candidates);
  }

  private Condition between(Condition.Between x) {
    Operand value = operands.operand(x.value(), Use.IN_CONDITION);
    Operand low = operands.operand(x.low(), Use.IN_CONDITION);
    Operand high = operands.operand(x.high(), Use.IN_CONDITION);
    operands.requireLiteralType(value, "BETWEEN", OperandResolver.ORDERED);
    operands.requireLiteralType(low, "BETWEEN", OperandResolver.ORDERED);
    operands.requireLiteralType(high, "BETWEEN", OperandResolver.ORDERED);
    if (low instanceof Operand.Literal lo && high instanceof Operand.Literal hi) {
      String bounds =
          "; lower bound operand: "
              + ExprErrors.render(lo.value())
              + ", upper bound operand: "
              + ExprErrors.render(hi.value());
      if (lo.value().type() != hi.value().type()) {
        throw ExprErrors.invalid(
            kind, "The BETWEEN operator requires same data type for lower and upper bounds" + bounds);
      }
      if (compareSameType(lo.value(), hi.value()) > 0) {
        throw ExprErrors.invalid(
            kind,
            "The BETWEEN operator requires upper bound to be greater than or equal to lower bound"
                + bounds);
      }
    }
    operands.requireDistinct("BETWEEN", value, List.of(low, high));
    return new Condition.Between(value, low, high);
  }

  /** Orders two S, N or B values of the same type the DynamoDB way. */
  static int compareSameType(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
      return x.compareTo(y);
    }
    if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
      return x.compareTo(y);
    }
    if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
      Bytes p = x.value();
      return p.compareTo(y.value());
    }
    return 0;
  }
}
