package dev.keyway.engine.op;

import dev.keyway.engine.expr.resolve.NameLimit;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.request.LegacyConditions;
import dev.keyway.ops.ConditionalOperator;
import dev.keyway.ops.ExpectedAttributeValue;
import dev.keyway.error.ValidationException;
import java.util.List;
import java.util.Map;

/** Compiles a request's condition and projection from either its expressions or legacy fields. */
final class Conditions {
  private Conditions() {}

  static ItemCondition condition(
      ExpressionContext ctx,
      String expression,
      Map<String, ExpectedAttributeValue> expected,
      ConditionalOperator op) {
    if (expression != null) {
      return ctx.condition(expression);
    }
    if (expected != null && !expected.isEmpty()) {
      return LegacyConditions.expected(expected, op);
    }
    if (op != null) {
      throw new ValidationException("ConditionalOperator cannot be used without Filter or Expected");
    }
    return null;
  }

  static ItemProjection projection(
      ExpressionContext ctx, String expression, List<String> attributesToGet) {
    if (expression != null) {
      return ctx.projection(expression);
    }
    if (attributesToGet != null) {
      if (attributesToGet.isEmpty()) {
        throw new ValidationException("1 validation error detected: Value '[]' at "
            + "'attributesToGet' failed to satisfy constraint: Member must have length greater "
            + "than or equal to 1");
      }
      if (attributesToGet.stream().distinct().count() != attributesToGet.size()) {
        throw new ValidationException("One or more parameter values were invalid: Duplicate value "
            + "in attribute name: " + attributesToGet.stream()
                .filter(a -> attributesToGet.indexOf(a) != attributesToGet.lastIndexOf(a))
                .findFirst().orElse(""));
      }
      attributesToGet.forEach(NameLimit::check);
      return ItemProjection.names(attributesToGet);
    }
    return null;
  }
}
