package dev.keyway.error;

/** A transaction with the same client request token is still running. */
public class TransactionInProgressException extends DynamoDbException {
  public TransactionInProgressException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "TransactionInProgressException";
  }
}
