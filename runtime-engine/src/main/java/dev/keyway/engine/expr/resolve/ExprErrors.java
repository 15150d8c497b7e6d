package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;

/** DynamoDB's expression error messages, kept as recorded expectations in the engine's tests. */
final class ExprErrors {
  private ExprErrors() {}

  static ValidationException invalid(ExpressionKind kind, String detail) {
    return new ValidationException("Invalid " + kind.parameter() + ": " + detail);
  }

  static ValidationException reserved(ExpressionKind kind, String word) {
    return invalid(kind, "Attribute name is a reserved keyword; reserved keyword: " + word);
  }

  static ValidationException undefinedName(ExpressionKind kind, String name) {
    return invalid(
        kind,
        "An expression attribute name used in the document path is not defined; attribute name: "
            + name);
  }

  static ValidationException undefinedValue(ExpressionKind kind, String name) {
    return invalid(
        kind,
        "An expression attribute value used in expression is not defined; attribute value: " + name);
  }

  static ValidationException operandType(ExpressionKind kind, String function, AttributeValue v) {
    return invalid(
        kind,
        "Incorrect operand type for operator or function; operator or function: "
            + function
            + ", operand type: "
            + v.type().name());
  }

  static ValidationException operandCount(ExpressionKind kind, String function, int count) {
    return invalid(
        kind,
        "Incorrect number of operands for operator or function; operator or function: "
            + function
            + ", number of operands: "
            + count);
  }

  static ValidationException requiresPath(ExpressionKind kind, String function) {
    return invalid(
        kind,
        "Operator or function requires a document path; operator or function: " + function);
  }

  static ValidationException notDistinct(ExpressionKind kind, String operator, Path first) {
    return invalid(
        kind,
        "The first operand must be distinct from the remaining operands for this operator or"
            + " function; operator: "
            + operator
            + ", first operand: "
            + first.toMessageString());
  }

  static ValidationException pathsOverlap(ExpressionKind kind, Path one, Path two) {
    return twoPaths(kind, "overlap", one, two);
  }

  static ValidationException pathsConflict(ExpressionKind kind, Path one, Path two) {
    return twoPaths(kind, "conflict", one, two);
  }

  private static ValidationException twoPaths(ExpressionKind kind, String how, Path a, Path b) {
    return invalid(
        kind,
        "Two document paths "
            + how
            + " with each other; must remove or rewrite one of these paths; path one: "
            + a.toMessageString()
            + ", path two: "
            + b.toMessageString());
  }

  /** DynamoDB's rendering of a value in BETWEEN messages: {@code AttributeValue: {N:2}}. */
  static String render(AttributeValue v) {
    String body;
    if (v instanceof AttributeValue.S s) {
      body = s.value();
    } else if (v instanceof AttributeValue.N n) {
      body = n.text();
    } else if (v instanceof AttributeValue.B b) {
      body = b.value().toBase64();
    } else {
      body = v.toString();
    }
    return "AttributeValue: {" + v.type().name() + ":" + body + "}";
  }
}
