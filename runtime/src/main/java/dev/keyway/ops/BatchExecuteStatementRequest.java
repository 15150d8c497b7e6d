package dev.keyway.ops;

import java.util.List;

/** BatchExecuteStatement: up to 25 PartiQL statements, all reads or all writes. Null fields are absent from the request or response. */
public record BatchExecuteStatementRequest(
    List<BatchStatementRequest> statements,
    ReturnConsumedCapacity returnConsumedCapacity) {

  public BatchExecuteStatementRequest {
    statements = Copies.list(statements);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .statements(statements)
        .returnConsumedCapacity(returnConsumedCapacity);
  }

  /** Builds a {@link BatchExecuteStatementRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<BatchStatementRequest> statements;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder() {}

    public Builder statements(List<BatchStatementRequest> statements) {
      this.statements = statements;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public BatchExecuteStatementRequest build() {
      return new BatchExecuteStatementRequest(statements, returnConsumedCapacity);
    }
  }
}
