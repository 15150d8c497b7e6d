package dev.keyway.ops;

/** ListTagsOfResource. Null fields are absent from the request or response. */
public record ListTagsOfResourceRequest(
    String resourceArn,
    String nextToken) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn)
        .nextToken(nextToken);
  }

  /** Builds a {@link ListTagsOfResourceRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;
    private String nextToken;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    public ListTagsOfResourceRequest build() {
      return new ListTagsOfResourceRequest(resourceArn, nextToken);
    }
  }
}
