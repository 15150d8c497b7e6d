package dev.keyway.error;

/** The service cannot take the request now; retry later. */
public class ServiceUnavailableException extends DynamoDbException {
  public ServiceUnavailableException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ServiceUnavailableException";
  }

  @Override
  public int httpStatus() {
    return 503;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
