package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** A put inside a BatchWriteItem. Null fields are absent from the request or response. */
public record PutRequest(
    Map<String, AttributeValue> item) {

  public PutRequest {
    item = Copies.map(item);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .item(item);
  }

  /** Builds a {@link PutRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> item;

    private Builder() {}

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public PutRequest build() {
      return new PutRequest(item);
    }
  }
}
