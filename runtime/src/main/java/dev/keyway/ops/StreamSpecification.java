package dev.keyway.ops;

/** Whether a table has a stream and which images its records carry. Null fields are absent from the request or response. */
public record StreamSpecification(
    Boolean streamEnabled,
    StreamViewType streamViewType) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .streamEnabled(streamEnabled)
        .streamViewType(streamViewType);
  }

  /** Builds a {@link StreamSpecification}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Boolean streamEnabled;
    private StreamViewType streamViewType;

    private Builder() {}

    public Builder streamEnabled(Boolean streamEnabled) {
      this.streamEnabled = streamEnabled;
      return this;
    }

    public Builder streamViewType(StreamViewType streamViewType) {
      this.streamViewType = streamViewType;
      return this;
    }

    public StreamSpecification build() {
      return new StreamSpecification(streamEnabled, streamViewType);
    }
  }
}
