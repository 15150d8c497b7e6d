package dev.keyway.engine.server;

import dev.keyway.error.DynamoDbException;

/** The Authorization header lacks a part of an AWS Signature Version 4. */
public final class IncompleteSignatureException extends DynamoDbException {
  public IncompleteSignatureException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "IncompleteSignatureException";
  }
}
