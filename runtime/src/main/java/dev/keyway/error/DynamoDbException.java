package dev.keyway.error;

/**
 * Base of every error a {@link dev.keyway.spi.Backend} raises. Each subclass is one DynamoDB error
 * type: {@link #errorType()} is DynamoDB's {@code __type} short name and {@link #getMessage()} the
 * message DynamoDB gives, so the wire protocol can render it unchanged.
 */
public abstract class DynamoDbException extends RuntimeException {
  private static final String TYPE_PREFIX = "com.amazonaws.dynamodb.v20120810#";

  protected DynamoDbException(String message) {
    super(message, null, false, false);
  }

  /** DynamoDB's short error name, e.g. {@code ValidationException}. */
  public abstract String errorType();

  /** The fully qualified {@code __type} that DynamoDB puts in error bodies. */
  public String qualifiedErrorType() {
    return TYPE_PREFIX + errorType();
  }

  /** The HTTP status DynamoDB answers with for this error. */
  public int httpStatus() {
    return 400;
  }

  /** Whether a client may retry the same request (throttling and transient server errors). */
  public boolean retryable() {
    return false;
  }
}
