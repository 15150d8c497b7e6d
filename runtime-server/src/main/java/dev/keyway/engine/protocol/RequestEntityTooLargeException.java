package dev.keyway.engine.protocol;

import dev.keyway.error.DynamoDbException;

/** The request body is larger than DynamoDB's 16 MB limit (HTTP 413). */
public final class RequestEntityTooLargeException extends DynamoDbException {
  public RequestEntityTooLargeException(long limitBytes) {
    super("Request size exceeded " + limitBytes + " bytes");
  }

  @Override
  public String errorType() {
    return "RequestEntityTooLargeException";
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
