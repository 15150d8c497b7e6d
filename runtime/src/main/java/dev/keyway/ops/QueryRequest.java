package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** Query: the items of one partition of a table or index, in sort-key order. Null fields are absent from the request or response. */
public record QueryRequest(
    String tableName,
    String indexName,
    Select select,
    List<String> attributesToGet,
    Integer limit,
    Boolean consistentRead,
    Map<String, Condition> keyConditions,
    Map<String, Condition> queryFilter,
    ConditionalOperator conditionalOperator,
    Boolean scanIndexForward,
    Map<String, AttributeValue> exclusiveStartKey,
    ReturnConsumedCapacity returnConsumedCapacity,
    String projectionExpression,
    String filterExpression,
    String keyConditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues) {

  public QueryRequest {
    attributesToGet = Copies.list(attributesToGet);
    keyConditions = Copies.map(keyConditions);
    queryFilter = Copies.map(queryFilter);
    exclusiveStartKey = Copies.map(exclusiveStartKey);
    expressionAttributeNames = Copies.map(expressionAttributeNames);
    expressionAttributeValues = Copies.map(expressionAttributeValues);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .indexName(indexName)
        .select(select)
        .attributesToGet(attributesToGet)
        .limit(limit)
        .consistentRead(consistentRead)
        .keyConditions(keyConditions)
        .queryFilter(queryFilter)
        .conditionalOperator(conditionalOperator)
        .scanIndexForward(scanIndexForward)
        .exclusiveStartKey(exclusiveStartKey)
        .returnConsumedCapacity(returnConsumedCapacity)
        .projectionExpression(projectionExpression)
        .filterExpression(filterExpression)
        .keyConditionExpression(keyConditionExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues);
  }

  /** Builds a {@link QueryRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private String indexName;
    private Select select;
    private List<String> attributesToGet;
    private Integer limit;
    private Boolean consistentRead;
    private Map<String, Condition> keyConditions;
    private Map<String, Condition> queryFilter;
    private ConditionalOperator conditionalOperator;
    private Boolean scanIndexForward;
    private Map<String, AttributeValue> exclusiveStartKey;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private String projectionExpression;
    private String filterExpression;
    private String keyConditionExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder indexName(String indexName) {
      this.indexName = indexName;
      return this;
    }

    public Builder select(Select select) {
      this.select = select;
      return this;
    }

    public Builder attributesToGet(List<String> attributesToGet) {
      this.attributesToGet = attributesToGet;
      return this;
    }

    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    public Builder consistentRead(Boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    public Builder keyConditions(Map<String, Condition> keyConditions) {
      this.keyConditions = keyConditions;
      return this;
    }

    public Builder queryFilter(Map<String, Condition> queryFilter) {
      this.queryFilter = queryFilter;
      return this;
    }

    public Builder conditionalOperator(ConditionalOperator conditionalOperator) {
      this.conditionalOperator = conditionalOperator;
      return this;
    }

    public Builder scanIndexForward(Boolean scanIndexForward) {
      this.scanIndexForward = scanIndexForward;
      return this;
    }

    public Builder exclusiveStartKey(Map<String, AttributeValue> exclusiveStartKey) {
      this.exclusiveStartKey = exclusiveStartKey;
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

    public Builder filterExpression(String filterExpression) {
      this.filterExpression = filterExpression;
      return this;
    }

    public Builder keyConditionExpression(String keyConditionExpression) {
      this.keyConditionExpression = keyConditionExpression;
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

    public QueryRequest build() {
      return new QueryRequest(tableName, indexName, select, attributesToGet, limit, consistentRead, keyConditions, queryFilter, conditionalOperator, scanIndexForward, exclusiveStartKey, returnConsumedCapacity, projectionExpression, filterExpression, keyConditionExpression, expressionAttributeNames, expressionAttributeValues);
    }
  }
}
