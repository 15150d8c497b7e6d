package dev.keyway.ops;

/** Turns time to live on or off for a table, naming the expiry attribute. Null fields are absent from the request or response. */
public record TimeToLiveSpecification(
    Boolean enabled,
    String attributeName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .attributeName(attributeName);
  }

  /** Builds a {@link TimeToLiveSpecification}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Boolean enabled;
    private String attributeName;

    private Builder() {}

    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    public TimeToLiveSpecification build() {
      return new TimeToLiveSpecification(enabled, attributeName);
    }
  }
}
