package dev.keyway.error;

/** The request carries no AWS signature. */
public class MissingAuthenticationTokenException extends DynamoDbException {
  public MissingAuthenticationTokenException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "MissingAuthenticationTokenException";
  }
}
