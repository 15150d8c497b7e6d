package dev.keyway.error;

/** The table or index named in the request does not exist (or is not ACTIVE). */
public class ResourceNotFoundException extends DynamoDbException {
  public ResourceNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ResourceNotFoundException";
  }
}
