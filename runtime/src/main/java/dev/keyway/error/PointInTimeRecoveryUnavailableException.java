package dev.keyway.error;

/** Point-in-time recovery is not enabled on the source table. */
public class PointInTimeRecoveryUnavailableException extends DynamoDbException {
  public PointInTimeRecoveryUnavailableException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "PointInTimeRecoveryUnavailableException";
  }
}
