package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** The outcome of one statement of a BatchExecuteStatement: its error, or the item read. Null fields are absent from the request or response. */
public record BatchStatementResponse(
    BatchStatementError error,
    String tableName,
    Map<String, AttributeValue> item) {

  public BatchStatementResponse {
    item = Copies.map(item);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .error(error)
        .tableName(tableName)
        .item(item);
  }

  /** Builds a {@link BatchStatementResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BatchStatementError error;
    private String tableName;
    private Map<String, AttributeValue> item;

    private Builder() {}

    public Builder error(BatchStatementError error) {
      this.error = error;
      return this;
    }

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public BatchStatementResponse build() {
      return new BatchStatementResponse(error, tableName, item);
    }
  }
}
