package dev.keyway.engine.expr.resolve;

import java.util.Optional;

/** DynamoDB's expression functions, how many operands they take and where they may appear. */
public enum Function {
  ATTRIBUTE_EXISTS("attribute_exists", 1, Role.CONDITION),
  ATTRIBUTE_NOT_EXISTS("attribute_not_exists", 1, Role.CONDITION),
  ATTRIBUTE_TYPE("attribute_type", 2, Role.CONDITION),
  BEGINS_WITH("begins_with", 2, Role.CONDITION),
  CONTAINS("contains", 2, Role.CONDITION),
  SIZE("size", 1, Role.CONDITION_OPERAND),
  IF_NOT_EXISTS("if_not_exists", 2, Role.UPDATE_OPERAND),
  LIST_APPEND("list_append", 2, Role.UPDATE_OPERAND);

  /** Where a function may be used. */
  public enum Role { CONDITION, CONDITION_OPERAND, UPDATE_OPERAND }

  private final String text;
  private final int arity;
  private final Role role;

  Function(String text, int arity, Role role) {
    this.text = text;
    this.arity = arity;
    this.role = role;
  }

  /** Function names are case-sensitive. */
  public static Optional<Function> named(String name) {
    for (Function f : values()) {
      if (f.text.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public String text() {
    return text;
  }

  public int arity() {
    return arity;
  }

  public Role role() {
    return role;
  }
}
