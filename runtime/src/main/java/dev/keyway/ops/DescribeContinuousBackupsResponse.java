package dev.keyway.ops;

/** DescribeContinuousBackups' answer. Null fields are absent from the request or response. */
public record DescribeContinuousBackupsResponse(
    ContinuousBackupsDescription continuousBackupsDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .continuousBackupsDescription(continuousBackupsDescription);
  }

  /** Builds a {@link DescribeContinuousBackupsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private ContinuousBackupsDescription continuousBackupsDescription;

    private Builder() {}

    public Builder continuousBackupsDescription(ContinuousBackupsDescription continuousBackupsDescription) {
      this.continuousBackupsDescription = continuousBackupsDescription;
      return this;
    }

    public DescribeContinuousBackupsResponse build() {
      return new DescribeContinuousBackupsResponse(continuousBackupsDescription);
    }
  }
}
