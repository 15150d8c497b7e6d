package dev.keyway.error;

/** The source table of a point-in-time restore does not exist. */
public class SourceTableNotFoundException extends DynamoDbException {
  public SourceTableNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "SourceTableNotFoundException";
  }
}
