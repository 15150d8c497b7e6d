package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** PutItem: write a whole item, optionally under a condition. Null fields are absent from the request or response. */
public record PutItemRequest(
    String tableName,
    Map<String, AttributeValue> item,
    Map<String, ExpectedAttributeValue> expected,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    ConditionalOperator conditionalOperator,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public PutItemRequest {
    item = Copies.map(item);
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
        .item(item)
        .expected(expected)
        .returnValues(returnValues)
        .returnConsumedCapacity(returnConsumedCapacity)
        .returnItemCollectionMetrics(returnItemCollectionMetrics)
        .conditionalOperator(conditionalOperator)
        .conditionExpression(conditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link PutItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Map<String, AttributeValue> item;
    private Map<String, ExpectedAttributeValue> expected;
    private ReturnValue returnValues;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private ConditionalOperator conditionalOperator;
    private String conditionExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public Builder expected(Map<String, ExpectedAttributeValue> expected) {
      this.expected = expected;
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

    public Builder conditionalOperator(ConditionalOperator conditionalOperator) {
      this.conditionalOperator = conditionalOperator;
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

    public PutItemRequest build() {
      return new PutItemRequest(tableName, item, expected, returnValues, returnConsumedCapacity, returnItemCollectionMetrics, conditionalOperator, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }
  }
}
