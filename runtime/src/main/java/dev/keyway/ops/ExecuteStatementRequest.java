package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** ExecuteStatement: one PartiQL statement, with its parameters. Null fields are absent from the request or response. */
public record ExecuteStatementRequest(
    String statement,
    List<AttributeValue> parameters,
    Boolean consistentRead,
    String nextToken,
    ReturnConsumedCapacity returnConsumedCapacity,
    Integer limit,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public ExecuteStatementRequest {
    parameters = Copies.list(parameters);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .statement(statement)
        .parameters(parameters)
        .consistentRead(consistentRead)
        .nextToken(nextToken)
        .returnConsumedCapacity(returnConsumedCapacity)
        .limit(limit)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link ExecuteStatementRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String statement;
    private List<AttributeValue> parameters;
    private Boolean consistentRead;
    private String nextToken;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private Integer limit;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Builder() {}

    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    public Builder parameters(List<AttributeValue> parameters) {
      this.parameters = parameters;
      return this;
    }

    public Builder consistentRead(Boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return this;
    }

    public ExecuteStatementRequest build() {
      return new ExecuteStatementRequest(statement, parameters, consistentRead, nextToken, returnConsumedCapacity, limit, returnValuesOnConditionCheckFailure);
    }
  }
}
