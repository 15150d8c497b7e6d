package dev.keyway.ops;

/** One replica change of an UpdateTable (global tables version 2019.11.21): exactly one of its fields. Null fields are absent from the request or response. */
public record ReplicationGroupUpdate(
    CreateReplicationGroupMemberAction create,
    DeleteReplicationGroupMemberAction delete) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .create(create)
        .delete(delete);
  }

  /** Builds a {@link ReplicationGroupUpdate}; every field is optional until the operation validates it. */
  public static final class Builder {
    private CreateReplicationGroupMemberAction create;
    private DeleteReplicationGroupMemberAction delete;

    private Builder() {}

    public Builder create(CreateReplicationGroupMemberAction create) {
      this.create = create;
      return this;
    }

    public Builder delete(DeleteReplicationGroupMemberAction delete) {
      this.delete = delete;
      return this;
    }

    public ReplicationGroupUpdate build() {
      return new ReplicationGroupUpdate(create, delete);
    }
  }
}
