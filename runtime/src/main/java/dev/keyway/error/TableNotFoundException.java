package dev.keyway.error;

/** The table to back up or export does not exist. */
public class TableNotFoundException extends DynamoDbException {
  public TableNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "TableNotFoundException";
  }
}
