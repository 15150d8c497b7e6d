package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A transaction action that writes a whole item. Null fields are absent from the request or response. */
public record Put(
    Map<String, AttributeValue> item,
    String tableName,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public Put {
    item = Copies.map(item);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
    expressionAttributeValues = Copies.map(expressionAttributeValues);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .item(item)
        .tableName(tableName)
        .conditionExpression(conditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link Put}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> item;
    private String tableName;
    private String conditionExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Builder() {}

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public Builder tableName(String tableName) {
      this.tableName = tableName;
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

    public Put build() {
      return new Put(item, tableName, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }
  }
}
