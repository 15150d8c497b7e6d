package dev.keyway.error;

/** The table already exists, or is being created, updated or deleted. */
public class ResourceInUseException extends DynamoDbException {
  public ResourceInUseException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ResourceInUseException";
  }
}
