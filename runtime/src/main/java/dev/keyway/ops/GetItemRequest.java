package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** GetItem: read one item by its primary key. Null fields are absent from the request or response. */
public record GetItemRequest(
    String tableName,
    Map<String, AttributeValue> key,
    List<String> attributesToGet,
    Boolean consistentRead,
    ReturnConsumedCapacity returnConsumedCapacity,
    String projectionExpression,
    Map<String, String> expressionAttributeNames) {

  public GetItemRequest {
    key = Copies.map(key);
    attributesToGet = Copies.list(attributesToGet);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .key(key)
        .attributesToGet(attributesToGet)
        .consistentRead(consistentRead)
        .returnConsumedCapacity(returnConsumedCapacity)
        .projectionExpression(projectionExpression)
        .expressionAttributeNames(expressionAttributeNames);
  }

  /** Builds a {@link GetItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Map<String, AttributeValue> key;
    private List<String> attributesToGet;
    private Boolean consistentRead;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private String projectionExpression;
    private Map<String, String> expressionAttributeNames;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder key(Map<String, AttributeValue> key) {
      this.key = key;
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

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
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

    public GetItemRequest build() {
      return new GetItemRequest(tableName, key, attributesToGet, consistentRead, returnConsumedCapacity, projectionExpression, expressionAttributeNames);
    }
  }
}
