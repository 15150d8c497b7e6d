package dev.keyway.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A transaction was cancelled; nothing was written. {@link #reasons()} has one entry per action,
 * in request order, and the message lists the codes as DynamoDB does:
 * {@code Transaction cancelled, please refer cancellation reasons for specific reasons
 * [None, ConditionalCheckFailed]}.
 */
public class TransactionCanceledException extends DynamoDbException {
  private final List<CancellationReason> reasons;

  public TransactionCanceledException(List<CancellationReason> reasons) {
    super(messageFor(reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<CancellationReason> reasons() {
    return reasons;
  }

  private static String messageFor(List<CancellationReason> reasons) {
    return "Transaction cancelled, please refer cancellation reasons for specific reasons "
        + reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  public String errorType() {
    return "TransactionCanceledException";
  }
}
