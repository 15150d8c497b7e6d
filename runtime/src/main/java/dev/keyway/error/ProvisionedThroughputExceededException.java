package dev.keyway.error;

/** A PROVISIONED table or index was asked for more capacity than it has; back off and retry. */
public class ProvisionedThroughputExceededException extends DynamoDbException {
  public ProvisionedThroughputExceededException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ProvisionedThroughputExceededException";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
