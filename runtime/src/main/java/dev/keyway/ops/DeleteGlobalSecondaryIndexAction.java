package dev.keyway.ops;

/** A global secondary index to remove. Null fields are absent from the request or response. */
public record DeleteGlobalSecondaryIndexAction(
    String indexName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .indexName(indexName);
  }

  /** Builds a {@link DeleteGlobalSecondaryIndexAction}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;

    private Builder() {}

    public Builder indexName(String indexName) {
      this.indexName = indexName;
      return this;
    }

    public DeleteGlobalSecondaryIndexAction build() {
      return new DeleteGlobalSecondaryIndexAction(indexName);
    }
  }
}
