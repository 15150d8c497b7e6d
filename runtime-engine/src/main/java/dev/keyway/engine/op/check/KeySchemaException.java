package dev.keyway.engine.op.check;

import dev.keyway.error.ValidationException;

/**
 * A key or item does not match the key schema of its table or of an index: a key attribute is
 * missing, extra or of another type. A ValidationException for clients; inside a transaction
 * DynamoDB reports it as a {@code ValidationError} cancellation reason at the action's position,
 * whereas an empty key value stays a ValidationException of the whole request.
 */
public final class KeySchemaException extends ValidationException {
  KeySchemaException(String message) {
    super(message);
  }
}
