package dev.keyway.error;

/** The X-Amz-Target header names an operation that does not exist. */
public class UnknownOperationException extends DynamoDbException {
  public UnknownOperationException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "UnknownOperationException";
  }
}
