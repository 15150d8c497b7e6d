package dev.keyway.ops;

/** DeleteResourcePolicy: detach a table's resource-based policy. Null fields are absent from the request or response. */
public record DeleteResourcePolicyRequest(
    String resourceArn,
    String expectedRevisionId) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn)
        .expectedRevisionId(expectedRevisionId);
  }

  /** Builds a {@link DeleteResourcePolicyRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;
    private String expectedRevisionId;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public Builder expectedRevisionId(String expectedRevisionId) {
      this.expectedRevisionId = expectedRevisionId;
      return this;
    }

    public DeleteResourcePolicyRequest build() {
      return new DeleteResourcePolicyRequest(resourceArn, expectedRevisionId);
    }
  }
}
