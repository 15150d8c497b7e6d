package dev.keyway.error;

/** The engine failed while processing a request; the request had no effect. */
public class InternalServerError extends DynamoDbException {
  public InternalServerError(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "InternalServerError";
  }

  @Override
  public int httpStatus() {
    return 500;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
