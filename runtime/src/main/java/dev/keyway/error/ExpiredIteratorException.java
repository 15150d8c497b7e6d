package dev.keyway.error;

/** DynamoDB Streams: a shard iterator used more than 15 minutes after it was returned. */
public class ExpiredIteratorException extends DynamoDbException {
  public ExpiredIteratorException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ExpiredIteratorException";
  }
}
