package dev.keyway.error;

/** Too many concurrent control-plane operations, or too many tables or indexes. */
public class LimitExceededException extends DynamoDbException {
  public LimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "LimitExceededException";
  }
}
