package dev.keyway.error;

import dev.keyway.model.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A condition expression evaluated to false. When the request asked for
 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}, {@link #item()} holds the item as it was.
 */
public class ConditionalCheckFailedException extends DynamoDbException {
  public static final String DEFAULT_MESSAGE = "The conditional request failed";

  private final Map<String, AttributeValue> item;

  public ConditionalCheckFailedException() {
    this(DEFAULT_MESSAGE, null);
  }

  public ConditionalCheckFailedException(String message, Map<String, AttributeValue> item) {
    super(message);
    this.item = item == null ? null : Map.copyOf(item);
  }

  /** The existing item, when requested with ReturnValuesOnConditionCheckFailure=ALL_OLD. */
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.ofNullable(item);
  }

  @Override
  public String errorType() {
    return "ConditionalCheckFailedException";
  }
}
