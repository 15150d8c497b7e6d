package dev.keyway.engine.request;

import dev.keyway.engine.storage.KeySpec;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * The expressions of one request, compiled against its ExpressionAttributeNames and
 * ExpressionAttributeValues. Call {@link #finish()} after compiling every expression of the
 * request: it reports names and values that no expression used.
 */
public final class ExpressionContext {
  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;

  private ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = names;
    this.values = values;
  }

  public static ExpressionContext of(Map<String, String> names, Map<String, AttributeValue> values) {
    return new ExpressionContext(names, values);
  }

  public ItemCondition condition(String expression) {
    throw unsupported();
  }

  public ItemCondition filter(String expression) {
    throw unsupported();
  }

  public ItemUpdate update(String expression) {
    throw unsupported();
  }

  public ItemProjection projection(String expression) {
    throw unsupported();
  }

  public KeyCondition keyCondition(String expression, KeySpec key) {
    throw unsupported();
  }

  public void finish() {
    if (names != null && !names.isEmpty()) {
      throw new ValidationException(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
              + String.join(", ", names.keySet()) + "}");
    }
    if (values != null && !values.isEmpty()) {
      throw new ValidationException(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", values.keySet()) + "}");
    }
  }

  private static ValidationException unsupported() {
    return new ValidationException("Expressions are not available in this build");
  }
}
