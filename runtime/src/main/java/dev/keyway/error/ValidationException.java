package dev.keyway.error;

/** A request parameter is missing, malformed or breaks a DynamoDB rule. */
public class ValidationException extends DynamoDbException {
  public ValidationException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ValidationException";
  }
}
