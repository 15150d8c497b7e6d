package dev.keyway.error;

/** The signature does not match the one computed for the request. */
public class InvalidSignatureException extends DynamoDbException {
  public InvalidSignatureException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "InvalidSignatureException";
  }
}
