package dev.keyway.engine.expr.ast;

/** The five DynamoDB expression parameters; {@link #parameter()} is the name used in messages. */
public enum ExpressionKind {
  CONDITION("ConditionExpression"),
  FILTER("FilterExpression"),
  KEY_CONDITION("KeyConditionExpression"),
  UPDATE("UpdateExpression"),
  PROJECTION("ProjectionExpression");

  private final String parameter;

  ExpressionKind(String parameter) {
    this.parameter = parameter;
  }

  /** The request parameter name, e.g. {@code ConditionExpression}. */
  public String parameter() {
    return parameter;
  }

  /** Whether the grammar is the condition grammar (condition, filter and key condition). */
  public boolean isCondition() {
    return this == CONDITION || this == FILTER || this == KEY_CONDITION;
  }
}
