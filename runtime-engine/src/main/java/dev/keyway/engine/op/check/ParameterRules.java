package dev.keyway.engine.op.check;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rules on how a request combines expression and legacy parameters, and on ReturnValues. */
public final class ParameterRules {
  private ParameterRules() {}

  /** A named request parameter and whether it is present. */
  public record Param(String name, Object value) {
    boolean present() {
      return value != null;
    }
  }

  public static Param p(String name, Object value) {
    return new Param(name, value);
  }

  /**
   * Rejects requests that mix legacy and expression parameters, and expression attribute names or
   * values without expressions (or empty).
   */
  public static void mix(
      List<Param> legacy,
      List<Param> expressions,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    List<String> usedLegacy = new ArrayList<>();
    for (Param p : legacy) {
      if (p.present()) {
        usedLegacy.add(p.name());
      }
    }
    List<String> usedExpr = new ArrayList<>();
    for (Param p : expressions) {
      if (p.present()) {
        usedExpr.add(p.name());
      }
    }
    if (!usedLegacy.isEmpty() && !usedExpr.isEmpty()) {
      throw new ValidationException("Can not use both expression and non-expression parameters in "
          + "the same request: Non-expression parameters: {" + String.join(", ", usedLegacy)
          + "} Expression parameters: {" + String.join(", ", usedExpr) + "}");
    }
    if (names != null && usedExpr.isEmpty()) {
      throw new ValidationException(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    if (values != null && usedExpr.isEmpty()) {
      throw new ValidationException("ExpressionAttributeValues can only be specified when using "
          + "expressions: " + absent(expressions));
    }
    if (names != null && names.isEmpty()) {
      throw new ValidationException("ExpressionAttributeNames must not be empty");
    }
    if (values != null && values.isEmpty()) {
      throw new ValidationException("ExpressionAttributeValues must not be empty");
    }
  }

  /** "ConditionExpression is null", "UpdateExpression and ConditionExpression are null". */
  private static String absent(List<Param> expressions) {
    List<String> names = new ArrayList<>();
    expressions.forEach(p -> names.add(p.name()));
    if (names.size() == 1) {
      return names.get(0) + " is null";
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1) + " are null";
  }

  /** PutItem and DeleteItem return only the old item. */
  public static void returnValuesOldOnly(ReturnValue rv) {
    if (rv != null && rv != ReturnValue.NONE && rv != ReturnValue.ALL_OLD) {
      throw new ValidationException("Return values set to invalid value");
    }
  }
}
