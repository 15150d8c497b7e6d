package dev.keyway.ops;

/** GetResourcePolicy: the resource-based policy of a table. Null fields are absent from the request or response. */
public record GetResourcePolicyRequest(
    String resourceArn) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn);
  }

  /** Builds a {@link GetResourcePolicyRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public GetResourcePolicyRequest build() {
      return new GetResourcePolicyRequest(resourceArn);
    }
  }
}
