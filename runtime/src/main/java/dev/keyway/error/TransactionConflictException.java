package dev.keyway.error;

/** Another transaction is writing the same item at the same time. */
public class TransactionConflictException extends DynamoDbException {
  public TransactionConflictException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "TransactionConflictException";
  }
}
