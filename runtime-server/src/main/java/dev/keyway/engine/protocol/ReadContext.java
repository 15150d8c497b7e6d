package dev.keyway.engine.protocol;

import dev.keyway.engine.op.check.EnumViolations;
import dev.keyway.error.ValidationException;

/**
 * State of one request being read. DynamoDB reports wire-type errors (SerializationException) before
 * any validation error, so validation problems found while reading (enum values, attribute values
 * that the item model rejects) are collected here and raised only after the whole body was read.
 */
final class ReadContext {
  private final EnumViolations enumViolations = new EnumViolations();
  private ValidationException firstValueError;
  private boolean storedItem;
  private String expressionValueKey;

  /** An enum-typed member had a value outside its set. */
  void enumViolation(Path path, String value, Class<? extends Enum<?>> type) {
    enumViolations.add(path.render(), value, type);
  }

  /** An attribute value that the item model rejected (bad number, empty or duplicate set...). */
  void valueError(ValidationException error) {
    if (firstValueError == null) {
      firstValueError = expressionValueKey == null ? error
          : new ValidationException("ExpressionAttributeValues contains invalid value: "
              + error.getMessage() + " for key " + expressionValueKey);
    }
  }

  /** The ExpressionAttributeValues key being read (its value errors name it), or null. */
  void expressionValueKey(String key) {
    expressionValueKey = key;
  }

  /** Whether an item to be stored is being read (JSON nulls in it are errors, not absences). */
  boolean readingStoredItem() {
    return storedItem;
  }

  void storedItem(boolean reading) {
    storedItem = reading;
  }

  /**
   * Throws the validation error DynamoDB would give for what was collected, if anything. An enum
   * value outside its set is one of the request's constraint violations, which DynamoDB reports
   * together: the operation's own constraints on {@code request} join it in one message.
   */
  void throwIfInvalid(Object request) {
    enumViolations.throwIfAny(request);
    if (firstValueError != null) {
      throw firstValueError;
    }
  }
}
