package dev.keyway.error;

/** An item collection of a table with local secondary indexes would grow beyond 10 GB. */
public class ItemCollectionSizeLimitExceededException extends DynamoDbException {
  public ItemCollectionSizeLimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "ItemCollectionSizeLimitExceededException";
  }
}
