package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** DeleteItem: remove one item, optionally under a condition. Null fields are absent from the request or response. */
public record DeleteItemRequest(
    String tableName,
    Map<String, AttributeValue> key,
    Map<String, ExpectedAttributeValue> expected,
    ConditionalOperator conditionalOperator,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public DeleteItemRequest {
    key = Copies.map(key);
    expected = Copies.map(expected);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
    expressionAttributeValues = Copies.map(expressionAttributeValues);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .key(key)
        .expected(expected)
        .conditionalOperator(conditionalOperator)
        .returnValues(returnValues)
        .returnConsumedCapacity(returnConsumedCapacity)
        .returnItemCollectionMetrics(returnItemCollectionMetrics)
        .conditionExpression(conditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link DeleteItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Map<String, AttributeValue> key;
    private Map<String, ExpectedAttributeValue> expected;
    private ConditionalOperator conditionalOperator;
    private ReturnValue returnValues;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private String conditionExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder key(Map<String, AttributeValue> key) {
      this.key = key;
      return this;
    }

    public Builder expected(Map<String, ExpectedAttributeValue> expected) {
      this.expected = expected;
      return this;
    }

    public Builder conditionalOperator(ConditionalOperator conditionalOperator) {
      this.conditionalOperator = conditionalOperator;
      return this;
    }

    public Builder returnValues(ReturnValue returnValues) {
      this.returnValues = returnValues;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
      this.returnItemCollectionMetrics = returnItemCollectionMetrics;
      return this;
    }

    public Builder conditionExpression(String conditionExpression) {
      this.conditionExpression = conditionExpression;
      return this;
    }

    public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
      this.expressionAttributeNames = expressionAttributeNames;
      return this;
    }

    public Builder expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
      this.expressionAttributeValues = expressionAttributeValues;
      return this;
    }

    public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return this;
    }

    public DeleteItemRequest build() {
      return new DeleteItemRequest(tableName, key, expected, conditionalOperator, returnValues, returnConsumedCapacity, returnItemCollectionMetrics, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }
  }
}
