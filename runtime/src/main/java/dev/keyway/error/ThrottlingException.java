package dev.keyway.error;

import java.util.List;

/**
 * Requests arrived too fast for an on-demand table's partition or for the control plane; back off
 * and retry.
 */
public class ThrottlingException extends DynamoDbException {
  private final List<ThrottlingReason> throttlingReasons;

  public ThrottlingException(String message) {
    this(message, List.of());
  }

  public ThrottlingException(String message, List<ThrottlingReason> throttlingReasons) {
    super(message);
    this.throttlingReasons = List.copyOf(throttlingReasons);
  }

  /** What ran out, one entry per throttled table or index; empty when not known. */
  public List<ThrottlingReason> throttlingReasons() {
    return throttlingReasons;
  }

  @Override
  public String errorType() {
    return "ThrottlingException";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
