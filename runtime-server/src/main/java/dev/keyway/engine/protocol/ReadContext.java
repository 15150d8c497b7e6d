package dev.keyway.engine.protocol;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * State of one request being read. DynamoDB reports wire-type errors (SerializationException) before
 * any validation error, so validation problems found while reading (enum values, attribute values
 * that the item model rejects) are collected here and raised only after the whole body was read.
 */
final class ReadContext {
  private final Errors enumErrors = Errors.start();
  /** Where the enum errors are: the record holds null there, which is no missing member. */
  private final List<String> enumPaths = new ArrayList<>(0);
  private ValidationException firstValueError;
  private boolean storedItem;
  private String expressionValueKey;

  /** An enum-typed member had a value outside its set. */
  void enumViolation(Path path, String value, List<String> allowed) {
    String at = path.render();
    enumErrors.add(value, at, "Member must satisfy enum value set: " + allowed);
    enumPaths.add("Value null at '" + at + "'");
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
    if (enumErrors.any()) {
      for (String violation : RequestConstraints.check(Errors.start(), request).messages()) {
        if (enumPaths.stream().noneMatch(violation::startsWith)) {
          enumErrors.add(violation);
        }
      }
      enumErrors.throwIfAny();
    }
    if (firstValueError != null) {
      throw firstValueError;
    }
  }
}
