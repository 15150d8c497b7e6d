package dev.keyway.ops;

/** A key-value tag on a table. Null fields are absent from the request or response. */
public record Tag(
    String key,
    String value) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .key(key)
        .value(value);
  }

  /** Builds a {@link Tag}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String key;
    private String value;

    private Builder() {}

    public Builder key(String key) {
      this.key = key;
      return this;
    }

    public Builder value(String value) {
      this.value = value;
      return this;
    }

    public Tag build() {
      return new Tag(key, value);
    }
  }
}
