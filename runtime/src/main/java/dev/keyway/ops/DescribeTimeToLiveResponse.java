package dev.keyway.ops;

/** DescribeTimeToLive's answer. Null fields are absent from the request or response. */
public record DescribeTimeToLiveResponse(
    TimeToLiveDescription timeToLiveDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .timeToLiveDescription(timeToLiveDescription);
  }

  /** Builds a {@link DescribeTimeToLiveResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TimeToLiveDescription timeToLiveDescription;

    private Builder() {}

    public Builder timeToLiveDescription(TimeToLiveDescription timeToLiveDescription) {
      this.timeToLiveDescription = timeToLiveDescription;
      return this;
    }

    public DescribeTimeToLiveResponse build() {
      return new DescribeTimeToLiveResponse(timeToLiveDescription);
    }
  }
}
