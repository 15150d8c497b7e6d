package dev.keyway.ops;

import java.util.List;

/** ExecuteTransaction: up to 100 PartiQL statements run all or nothing. Null fields are absent from the request or response. */
public record ExecuteTransactionRequest(
    List<ParameterizedStatement> transactStatements,
    String clientRequestToken,
    ReturnConsumedCapacity returnConsumedCapacity) {

  public ExecuteTransactionRequest {
    transactStatements = Copies.list(transactStatements);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .transactStatements(transactStatements)
        .clientRequestToken(clientRequestToken)
        .returnConsumedCapacity(returnConsumedCapacity);
  }

  /** Builds a {@link ExecuteTransactionRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<ParameterizedStatement> transactStatements;
    private String clientRequestToken;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder() {}

    public Builder transactStatements(List<ParameterizedStatement> transactStatements) {
      this.transactStatements = transactStatements;
      return this;
    }

    public Builder clientRequestToken(String clientRequestToken) {
      this.clientRequestToken = clientRequestToken;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public ExecuteTransactionRequest build() {
      return new ExecuteTransactionRequest(transactStatements, clientRequestToken, returnConsumedCapacity);
    }
  }
}
