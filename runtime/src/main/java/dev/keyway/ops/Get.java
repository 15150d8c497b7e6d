package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A read inside a TransactGetItems. Null fields are absent from the request or response. */
public record Get(
    Map<String, AttributeValue> key,
    String tableName,
    String projectionExpression,
    Map<String, String> expressionAttributeNames) {

  public Get {
    key = Copies.map(key);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .key(key)
        .tableName(tableName)
        .projectionExpression(projectionExpression)
        .expressionAttributeNames(expressionAttributeNames);
  }

  /** Builds a {@link Get}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> key;
    private String tableName;
    private String projectionExpression;
    private Map<String, String> expressionAttributeNames;

    private Builder() {}

    public Builder key(Map<String, AttributeValue> key) {
      this.key = key;
      return this;
    }

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder projectionExpression(String projectionExpression) {
      this.projectionExpression = projectionExpression;
      return this;
    }

    public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
      this.expressionAttributeNames = expressionAttributeNames;
      return this;
    }

    public Get build() {
      return new Get(key, tableName, projectionExpression, expressionAttributeNames);
    }
  }
}
