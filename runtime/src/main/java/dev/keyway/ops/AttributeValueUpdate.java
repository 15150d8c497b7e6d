package dev.keyway.ops;

import dev.keyway.model.AttributeValue;

/** Legacy update of one attribute (the AttributeUpdates parameter). Null fields are absent from the request or response. */
public record AttributeValueUpdate(
    AttributeValue value,
    AttributeAction action) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .value(value)
        .action(action);
  }

  /** Builds a {@link AttributeValueUpdate}; every field is optional until the operation validates it. */
  public static final class Builder {
    private AttributeValue value;
    private AttributeAction action;

    private Builder() {}

    public Builder value(AttributeValue value) {
      this.value = value;
      return this;
    }

    public Builder action(AttributeAction action) {
      this.action = action;
      return this;
    }

    public AttributeValueUpdate build() {
      return new AttributeValueUpdate(value, action);
    }
  }
}
