package dev.keyway.error;

import java.util.List;

/** A PROVISIONED table or index was asked for more capacity than it has; back off and retry. */
public class ProvisionedThroughputExceededException extends DynamoDbException {
  private final List<ThrottlingReason> throttlingReasons;

  public ProvisionedThroughputExceededException(String message) {
    this(message, List.of());
  }

  public ProvisionedThroughputExceededException(
      String message, List<ThrottlingReason> throttlingReasons) {
    super(message);
    this.throttlingReasons = List.copyOf(throttlingReasons);
  }

  /** What ran out, one entry per throttled table or index; empty when not known. */
  public List<ThrottlingReason> throttlingReasons() {
    return throttlingReasons;
  }

  @Override
  public String errorType() {
    return "ProvisionedThroughputExceededException";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
