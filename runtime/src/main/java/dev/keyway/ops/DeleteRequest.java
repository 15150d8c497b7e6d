package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A delete inside a BatchWriteItem. Null fields are absent from the request or response. */
public record DeleteRequest(
    Map<String, AttributeValue> key) {

  public DeleteRequest {
    key = Copies.map(key);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .key(key);
  }

  /** Builds a {@link DeleteRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> key;

    private Builder() {}

    public Builder key(Map<String, AttributeValue> key) {
      this.key = key;
      return this;
    }

    public DeleteRequest build() {
      return new DeleteRequest(key);
    }
  }
}
