package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** One statement of an ExecuteTransaction, with its parameters. Null fields are absent from the request or response. */
public record ParameterizedStatement(
    String statement,
    List<AttributeValue> parameters,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  public ParameterizedStatement {
    parameters = Copies.list(parameters);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .statement(statement)
        .parameters(parameters)
        .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
  }

  /** Builds a {@link ParameterizedStatement}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String statement;
    private List<AttributeValue> parameters;
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

    public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return this;
    }

    public ParameterizedStatement build() {
      return new ParameterizedStatement(statement, parameters, returnValuesOnConditionCheckFailure);
    }
  }
}
