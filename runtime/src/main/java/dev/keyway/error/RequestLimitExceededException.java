package dev.keyway.error;

/** The account's request throughput limit was exceeded; back off and retry. */
public class RequestLimitExceededException extends DynamoDbException {
  public RequestLimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "RequestLimitExceeded"; // DynamoDB's code has no "Exception" suffix
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
