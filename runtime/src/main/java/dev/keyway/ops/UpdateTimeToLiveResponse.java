package dev.keyway.ops;

/** UpdateTimeToLive's answer. Null fields are absent from the request or response. */
public record UpdateTimeToLiveResponse(
    TimeToLiveSpecification timeToLiveSpecification) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .timeToLiveSpecification(timeToLiveSpecification);
  }

  /** Builds a {@link UpdateTimeToLiveResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TimeToLiveSpecification timeToLiveSpecification;

    private Builder() {}

    public Builder timeToLiveSpecification(TimeToLiveSpecification timeToLiveSpecification) {
      this.timeToLiveSpecification = timeToLiveSpecification;
      return this;
    }

    public UpdateTimeToLiveResponse build() {
      return new UpdateTimeToLiveResponse(timeToLiveSpecification);
    }
  }
}
