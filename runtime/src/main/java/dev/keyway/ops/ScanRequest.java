package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** Scan: every item of a table or index, optionally one segment of a parallel scan. Null fields are absent from the request or response. */
public record ScanRequest(
    String tableName,
    String indexName,
    List<String> attributesToGet,
    Integer limit,
    Select select,
    Map<String, Condition> scanFilter,
    ConditionalOperator conditionalOperator,
    Map<String, AttributeValue> exclusiveStartKey,
    ReturnConsumedCapacity returnConsumedCapacity,
    Integer totalSegments,
    Integer segment,
    String projectionExpression,
    String filterExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    Boolean consistentRead) {

  public ScanRequest {
    attributesToGet = Copies.list(attributesToGet);
    scanFilter = Copies.map(scanFilter);
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
        .attributesToGet(attributesToGet)
        .limit(limit)
        .select(select)
        .scanFilter(scanFilter)
        .conditionalOperator(conditionalOperator)
        .exclusiveStartKey(exclusiveStartKey)
        .returnConsumedCapacity(returnConsumedCapacity)
        .totalSegments(totalSegments)
        .segment(segment)
        .projectionExpression(projectionExpression)
        .filterExpression(filterExpression)
        .expressionAttributeNames(expressionAttributeNames)
        .expressionAttributeValues(expressionAttributeValues)
        .consistentRead(consistentRead);
  }

  /** Builds a {@link ScanRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private String indexName;
    private List<String> attributesToGet;
    private Integer limit;
    private Select select;
    private Map<String, Condition> scanFilter;
    private ConditionalOperator conditionalOperator;
    private Map<String, AttributeValue> exclusiveStartKey;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private Integer totalSegments;
    private Integer segment;
    private String projectionExpression;
    private String filterExpression;
    private Map<String, String> expressionAttributeNames;
    private Map<String, AttributeValue> expressionAttributeValues;
    private Boolean consistentRead;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder indexName(String indexName) {
      this.indexName = indexName;
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

    public Builder select(Select select) {
      this.select = select;
      return this;
    }

    public Builder scanFilter(Map<String, Condition> scanFilter) {
      this.scanFilter = scanFilter;
      return this;
    }

    public Builder conditionalOperator(ConditionalOperator conditionalOperator) {
      this.conditionalOperator = conditionalOperator;
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

    public Builder totalSegments(Integer totalSegments) {
      this.totalSegments = totalSegments;
      return this;
    }

    public Builder segment(Integer segment) {
      this.segment = segment;
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

    public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
      this.expressionAttributeNames = expressionAttributeNames;
      return this;
    }

    public Builder expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
      this.expressionAttributeValues = expressionAttributeValues;
      return this;
    }

    public Builder consistentRead(Boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(tableName, indexName, attributesToGet, limit, select, scanFilter, conditionalOperator, exclusiveStartKey, returnConsumedCapacity, totalSegments, segment, projectionExpression, filterExpression, expressionAttributeNames, expressionAttributeValues, consistentRead);
    }
  }
}
