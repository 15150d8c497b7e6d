package dev.keyway.ops;

/** A table's resource-based policy document and its revision. Null fields are absent from the request or response. */
public record GetResourcePolicyResponse(
    String policy,
    String revisionId) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .policy(policy)
        .revisionId(revisionId);
  }

  /** Builds a {@link GetResourcePolicyResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String policy;
    private String revisionId;

    private Builder() {}

    public Builder policy(String policy) {
      this.policy = policy;
      return this;
    }

    public Builder revisionId(String revisionId) {
      this.revisionId = revisionId;
      return this;
    }

    public GetResourcePolicyResponse build() {
      return new GetResourcePolicyResponse(policy, revisionId);
    }
  }
}
