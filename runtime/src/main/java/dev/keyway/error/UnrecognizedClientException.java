package dev.keyway.error;

/** The access key in the signature is not known. */
public class UnrecognizedClientException extends DynamoDbException {
  public UnrecognizedClientException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "UnrecognizedClientException";
  }
}
