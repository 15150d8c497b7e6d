package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** One statement of a BatchExecuteStatement. Null fields are absent from the request or response. */
public record BatchStatementRequest(
    String statement,
    List<AttributeValue> parameters,
    Boolean consistentRead,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public BatchStatementRequest {
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
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link BatchStatementRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String statement;
    private List<AttributeValue> parameters;
    private Boolean consistentRead;
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

    public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return this;
    }

    public BatchStatementRequest build() {
      return new BatchStatementRequest(statement, parameters, consistentRead, returnValuesOnConditionCheckFailure);
    }
  }
}
