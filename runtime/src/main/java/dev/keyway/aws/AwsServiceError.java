package dev.keyway.aws;

import dev.keyway.error.DynamoDbException;

/** An error from an AWS endpoint whose type Keyway has no class for; keeps the code and status. */
public final class AwsServiceError extends DynamoDbException {
  private final String errorType;
  private final int httpStatus;

  public AwsServiceError(String errorType, String message, int httpStatus) {
    super(message);
    this.errorType = errorType;
    this.httpStatus = httpStatus;
  }

  @Override
  public String errorType() {
    return errorType;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public boolean retryable() {
    return httpStatus >= 500;
  }
}
