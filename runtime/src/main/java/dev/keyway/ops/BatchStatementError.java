package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** Why one statement of a BatchExecuteStatement failed. Null fields are absent from the request or response. */
public record BatchStatementError(
    BatchStatementErrorCodeEnum code,
    String message,
    Map<String, AttributeValue> item) {

  public BatchStatementError {
    item = Copies.map(item);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .code(code)
        .message(message)
        .item(item);
  }

  /** Builds a {@link BatchStatementError}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BatchStatementErrorCodeEnum code;
    private String message;
    private Map<String, AttributeValue> item;

    private Builder() {}

    public Builder code(BatchStatementErrorCodeEnum code) {
      this.code = code;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public BatchStatementError build() {
      return new BatchStatementError(code, message, item);
    }
  }
}
