package dev.keyway.engine.expr.resolve;

import dev.keyway.error.ValidationException;
import dev.keyway.model.Strings;

/**
 * DynamoDB's limit on attribute names: at most 65,535 UTF-8 bytes, in items, in expression
 * attribute names and in AttributesToGet. Its message quotes the limit as "less than 65536".
 */
public final class NameLimit {
  private static final int MAX_NAME_BYTES = 65_535;

  private NameLimit() {}

  public static void check(String name) {
    // a UTF-16 unit takes at most 3 UTF-8 bytes: only long names need counting
    if (name.length() > MAX_NAME_BYTES / 3 && Strings.utf8Length(name) > MAX_NAME_BYTES) {
      throw new ValidationException("1 validation error detected: Attribute name is too large, "
          + "must be less than " + (MAX_NAME_BYTES + 1) + " bytes");
    }
  }
}
