package dev.keyway.error;

/** A client request token was reused with different request parameters within its idempotency window. */
public class IdempotentParameterMismatchException extends DynamoDbException {
  public IdempotentParameterMismatchException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "IdempotentParameterMismatchException";
  }
}
