package dev.keyway.ops;

/** A replica to remove from a table (the table in that region is deleted). Null fields are absent from the request or response. */
public record DeleteReplicationGroupMemberAction(
    String regionName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .regionName(regionName);
  }

  /** Builds a {@link DeleteReplicationGroupMemberAction}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String regionName;

    private Builder() {}

    public Builder regionName(String regionName) {
      this.regionName = regionName;
      return this;
    }

    public DeleteReplicationGroupMemberAction build() {
      return new DeleteReplicationGroupMemberAction(regionName);
    }
  }
}
