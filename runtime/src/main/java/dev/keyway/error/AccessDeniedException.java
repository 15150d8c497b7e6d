package dev.keyway.error;

/** The caller is not allowed to perform the operation. */
public class AccessDeniedException extends DynamoDbException {
  public AccessDeniedException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "AccessDeniedException";
  }
}
