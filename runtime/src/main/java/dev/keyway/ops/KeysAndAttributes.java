package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** The keys to read from one table in a BatchGetItem, and how. Null fields are absent from the request or response. */
public record KeysAndAttributes(
    List<Map<String, AttributeValue>> keys,
    List<String> attributesToGet,
    Boolean consistentRead,
    String projectionExpression,
    Map<String, String> expressionAttributeNames) {

  public KeysAndAttributes {
    keys = Copies.list(keys);
    attributesToGet = Copies.list(attributesToGet);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .keys(keys)
        .attributesToGet(attributesToGet)
        .consistentRead(consistentRead)
        .projectionExpression(projectionExpression)
        .expressionAttributeNames(expressionAttributeNames);
  }

  /** Builds a {@link KeysAndAttributes}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<Map<String, AttributeValue>> keys;
    private List<String> attributesToGet;
    private Boolean consistentRead;
    private String projectionExpression;
    private Map<String, String> expressionAttributeNames;

    private Builder() {}

    public Builder keys(List<Map<String, AttributeValue>> keys) {
      this.keys = keys;
      return this;
    }

    public Builder attributesToGet(List<String> attributesToGet) {
      this.attributesToGet = attributesToGet;
      return this;
    }

    public Builder consistentRead(Boolean consistentRead) {
      this.consistentRead = consistentRead;
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

    public KeysAndAttributes build() {
      return new KeysAndAttributes(keys, attributesToGet, consistentRead, projectionExpression, expressionAttributeNames);
    }
  }
}
