package dev.keyway.error;

/** The request body is not valid JSON or a value has the wrong JSON type. */
public class SerializationException extends DynamoDbException {
  public SerializationException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "SerializationException";
  }
}
