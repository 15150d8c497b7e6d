package dev.keyway.error;

/** A restore time outside the table's restorable window. */
public class InvalidRestoreTimeException extends DynamoDbException {
  public InvalidRestoreTimeException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "InvalidRestoreTimeException";
  }
}
