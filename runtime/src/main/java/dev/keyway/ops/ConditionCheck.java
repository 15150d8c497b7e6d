package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A transaction action that only checks a condition on an item. Null fields are absent from the request or response. */
public record ConditionCheck(
    Map<String, AttributeValue> key,
    String tableName,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public ConditionCheck {
    key = Copies.map(key);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
    expressionAttributeValues = Copies.map(expressionAttributeValues);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .key(key)
        .tableName(tableName)
        .conditionExpression(conditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link ConditionCheck}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> key;
    private String tableName;
    private String conditionExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Builder() {}

    public Builder key(Map<String, AttributeValue> key) {
      this.key = key;
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

    public ConditionCheck build() {
      return new ConditionCheck(key, tableName, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }
  }
}
