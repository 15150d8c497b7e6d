package dev.keyway.error;

/** A restore or import targets a table name that is taken. */
public class TableAlreadyExistsException extends DynamoDbException {
  public TableAlreadyExistsException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "TableAlreadyExistsException";
  }
}
