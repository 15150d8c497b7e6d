package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rendered expression with the placeholders it uses: put {@code expression} into the request
 * field and the maps into ExpressionAttributeNames and ExpressionAttributeValues (omit a map when
 * it is empty; DynamoDB rejects empty maps). Maps keep placeholder order.
 */
public record RenderedExpression(
    String expression, Map<String, String> names, Map<String, AttributeValue> values) {

  public RenderedExpression {
    Objects.requireNonNull(expression, "expression");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
