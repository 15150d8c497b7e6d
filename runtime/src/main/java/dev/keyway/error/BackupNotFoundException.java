package dev.keyway.error;

/** No backup has the given ARN (or it was deleted). */
public class BackupNotFoundException extends DynamoDbException {
  public BackupNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "BackupNotFoundException";
  }
}
