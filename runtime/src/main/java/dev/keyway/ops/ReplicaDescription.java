package dev.keyway.ops;

/** One replica of a global table as DescribeTable reports it. Null fields are absent from the request or response. */
public record ReplicaDescription(
    String regionName,
    ReplicaStatus replicaStatus,
    String replicaStatusDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .regionName(regionName)
        .replicaStatus(replicaStatus)
        .replicaStatusDescription(replicaStatusDescription);
  }

  /** Builds a {@link ReplicaDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String regionName;
    private ReplicaStatus replicaStatus;
    private String replicaStatusDescription;

    private Builder() {}

    public Builder regionName(String regionName) {
      this.regionName = regionName;
      return this;
    }

    public Builder replicaStatus(ReplicaStatus replicaStatus) {
      this.replicaStatus = replicaStatus;
      return this;
    }

    public Builder replicaStatusDescription(String replicaStatusDescription) {
      this.replicaStatusDescription = replicaStatusDescription;
      return this;
    }

    public ReplicaDescription build() {
      return new ReplicaDescription(regionName, replicaStatus, replicaStatusDescription);
    }
  }
}
