package dev.keyway.error;

/** A PartiQL INSERT named a key that already holds an item. */
public class DuplicateItemException extends DynamoDbException {
  public static final String DEFAULT_MESSAGE = "Duplicate primary key exists in table";

  public DuplicateItemException() {
    this(DEFAULT_MESSAGE);
  }

  public DuplicateItemException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "DuplicateItemException";
  }
}
