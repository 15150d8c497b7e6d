package dev.keyway.ops;

/** One read of a TransactGetItems. Null fields are absent from the request or response. */
public record TransactGetItem(
    Get get) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .get(get);
  }

  /** Builds a {@link TransactGetItem}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Get get;

    private Builder() {}

    public Builder get(Get get) {
      this.get = get;
      return this;
    }

    public TransactGetItem build() {
      return new TransactGetItem(get);
    }
  }
}
