package dev.keyway.ops;

/** UpdateTimeToLive. Null fields are absent from the request or response. */
public record UpdateTimeToLiveRequest(
    String tableName,
    TimeToLiveSpecification timeToLiveSpecification) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .timeToLiveSpecification(timeToLiveSpecification);
  }

  /** Builds a {@link UpdateTimeToLiveRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private TimeToLiveSpecification timeToLiveSpecification;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder timeToLiveSpecification(TimeToLiveSpecification timeToLiveSpecification) {
      this.timeToLiveSpecification = timeToLiveSpecification;
      return this;
    }

    public UpdateTimeToLiveRequest build() {
      return new UpdateTimeToLiveRequest(tableName, timeToLiveSpecification);
    }
  }
}
