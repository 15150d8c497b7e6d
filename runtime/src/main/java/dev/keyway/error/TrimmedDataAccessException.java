package dev.keyway.error;

/** DynamoDB Streams: a read from before the oldest record a shard still keeps (24 hours). */
public class TrimmedDataAccessException extends DynamoDbException {
  public TrimmedDataAccessException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "TrimmedDataAccessException";
  }
}
