package dev.keyway.ops;

import java.util.List;

/** The indexes, stream and TTL settings of a backed-up table. Null fields are absent from the request or response. */
public record SourceTableFeatureDetails(
    List<LocalSecondaryIndexInfo> localSecondaryIndexes,
    List<GlobalSecondaryIndexInfo> globalSecondaryIndexes,
    StreamSpecification streamDescription,
    TimeToLiveDescription timeToLiveDescription) {

  public SourceTableFeatureDetails {
    localSecondaryIndexes = Copies.list(localSecondaryIndexes);
    globalSecondaryIndexes = Copies.list(globalSecondaryIndexes);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .localSecondaryIndexes(localSecondaryIndexes)
        .globalSecondaryIndexes(globalSecondaryIndexes)
        .streamDescription(streamDescription)
        .timeToLiveDescription(timeToLiveDescription);
  }

  /** Builds a {@link SourceTableFeatureDetails}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<LocalSecondaryIndexInfo> localSecondaryIndexes;
    private List<GlobalSecondaryIndexInfo> globalSecondaryIndexes;
    private StreamSpecification streamDescription;
    private TimeToLiveDescription timeToLiveDescription;

    private Builder() {}

    public Builder localSecondaryIndexes(List<LocalSecondaryIndexInfo> localSecondaryIndexes) {
      this.localSecondaryIndexes = localSecondaryIndexes;
      return this;
    }

    public Builder globalSecondaryIndexes(List<GlobalSecondaryIndexInfo> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = globalSecondaryIndexes;
      return this;
    }

    public Builder streamDescription(StreamSpecification streamDescription) {
      this.streamDescription = streamDescription;
      return this;
    }

    public Builder timeToLiveDescription(TimeToLiveDescription timeToLiveDescription) {
      this.timeToLiveDescription = timeToLiveDescription;
      return this;
    }

    public SourceTableFeatureDetails build() {
      return new SourceTableFeatureDetails(localSecondaryIndexes, globalSecondaryIndexes, streamDescription, timeToLiveDescription);
    }
  }
}
