package dev.keyway.error;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * Why one action of a transaction was cancelled. {@code code} is {@code None} for actions that did
 * not cause the cancellation, otherwise e.g. {@code ConditionalCheckFailed},
 * {@code TransactionConflict}, {@code ValidationError}, {@code ItemCollectionSizeLimitExceeded}.
 * {@code message} and {@code item} may be null.
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {
  public static final CancellationReason NONE = new CancellationReason("None", null, null);

  public CancellationReason {
    item = item == null ? null : Map.copyOf(item);
  }

  public static CancellationReason conditionalCheckFailed(Map<String, AttributeValue> item) {
    return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", item);
  }
}
