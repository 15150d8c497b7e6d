package dev.keyway.ops;

/** The time to live state of a table. Null fields are absent from the request or response. */
public record TimeToLiveDescription(
    TimeToLiveStatus timeToLiveStatus,
    String attributeName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .timeToLiveStatus(timeToLiveStatus)
        .attributeName(attributeName);
  }

  /** Builds a {@link TimeToLiveDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TimeToLiveStatus timeToLiveStatus;
    private String attributeName;

    private Builder() {}

    public Builder timeToLiveStatus(TimeToLiveStatus timeToLiveStatus) {
      this.timeToLiveStatus = timeToLiveStatus;
      return this;
    }

    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    public TimeToLiveDescription build() {
      return new TimeToLiveDescription(timeToLiveStatus, attributeName);
    }
  }
}
