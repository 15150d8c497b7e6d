package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** UpdateItem: change (or create) one item's attributes, optionally under a condition. Null fields are absent from the request or response. */
public record UpdateItemRequest(
    String tableName,
    Map<String, AttributeValue> key,
    Map<String, AttributeValueUpdate> attributeUpdates,
    Map<String, ExpectedAttributeValue> expected,
    ConditionalOperator conditionalOperator,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    String updateExpression,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public UpdateItemRequest {
    key = Copies.map(key);
    attributeUpdates = Copies.map(attributeUpdates);
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
        .attributeUpdates(attributeUpdates)
        .expected(expected)
        .conditionalOperator(conditionalOperator)
        .returnValues(returnValues)
        .returnConsumedCapacity(returnConsumedCapacity)
        .returnItemCollectionMetrics(returnItemCollectionMetrics)
        .updateExpression(updateExpression)
        .conditionExpression(conditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link UpdateItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Map<String, AttributeValue> key;
    private Map<String, AttributeValueUpdate> attributeUpdates;
    private Map<String, ExpectedAttributeValue> expected;
    private ConditionalOperator conditionalOperator;
    private ReturnValue returnValues;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private String updateExpression;
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

    public Builder attributeUpdates(Map<String, AttributeValueUpdate> attributeUpdates) {
      this.attributeUpdates = attributeUpdates;
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

    public Builder updateExpression(String updateExpression) {
      this.updateExpression = updateExpression;
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

    public UpdateItemRequest build() {
      return new UpdateItemRequest(tableName, key, attributeUpdates, expected, conditionalOperator, returnValues, returnConsumedCapacity, returnItemCollectionMetrics, updateExpression, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }
  }
}
