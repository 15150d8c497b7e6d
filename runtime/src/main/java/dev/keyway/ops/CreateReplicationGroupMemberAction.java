package dev.keyway.ops;

/** A replica to add to a table, in another region. Null fields are absent from the request or response. */
public record CreateReplicationGroupMemberAction(
    String regionName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .regionName(regionName);
  }

  /** Builds a {@link CreateReplicationGroupMemberAction}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String regionName;

    private Builder() {}

    public Builder regionName(String regionName) {
      this.regionName = regionName;
      return this;
    }

    public CreateReplicationGroupMemberAction build() {
      return new CreateReplicationGroupMemberAction(regionName);
    }
  }
}
