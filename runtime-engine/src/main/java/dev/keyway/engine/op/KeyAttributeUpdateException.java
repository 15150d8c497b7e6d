package dev.keyway.engine.op;

import dev.keyway.error.ValidationException;

/**
 * An update touches a key attribute. A ValidationException for clients; inside a transaction it
 * cancels the transaction with a ValidationError reason (recorded in the engine's test
 * expectations, expectations/batch-transact.json).
 */
final class KeyAttributeUpdateException extends ValidationException {
  KeyAttributeUpdateException(String attribute) {
    super("One or more parameter values were invalid: Cannot update attribute " + attribute
        + ". This attribute is part of the key");
  }
}
