package dev.keyway.ops;

/** One index change of an UpdateTable: exactly one of its fields. Null fields are absent from the request or response. */
public record GlobalSecondaryIndexUpdate(
    UpdateGlobalSecondaryIndexAction update,
    CreateGlobalSecondaryIndexAction create,
    DeleteGlobalSecondaryIndexAction delete) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .update(update)
        .create(create)
        .delete(delete);
  }

  /** Builds a {@link GlobalSecondaryIndexUpdate}; every field is optional until the operation validates it. */
  public static final class Builder {
    private UpdateGlobalSecondaryIndexAction update;
    private CreateGlobalSecondaryIndexAction create;
    private DeleteGlobalSecondaryIndexAction delete;

    private Builder() {}

    public Builder update(UpdateGlobalSecondaryIndexAction update) {
      this.update = update;
      return this;
    }

    public Builder create(CreateGlobalSecondaryIndexAction create) {
      this.create = create;
      return this;
    }

    public Builder delete(DeleteGlobalSecondaryIndexAction delete) {
      this.delete = delete;
      return this;
    }

    public GlobalSecondaryIndexUpdate build() {
      return new GlobalSecondaryIndexUpdate(update, create, delete);
    }
  }
}
