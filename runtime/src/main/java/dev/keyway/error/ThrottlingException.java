package dev.keyway.error;

/** Control-plane requests arrived too fast; back off and retry. */
public class ThrottlingException extends DynamoDbException {
  public ThrottlingException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ThrottlingException";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
