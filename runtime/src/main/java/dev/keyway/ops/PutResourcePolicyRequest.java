package dev.keyway.ops;

/** PutResourcePolicy: attach a resource-based policy to a table, replacing any it has. Null fields are absent from the request or response. */
public record PutResourcePolicyRequest(
    String resourceArn,
    String policy,
    String expectedRevisionId,
    Boolean confirmRemoveSelfResourceAccess) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn)
        .policy(policy)
        .expectedRevisionId(expectedRevisionId)
        .confirmRemoveSelfResourceAccess(confirmRemoveSelfResourceAccess);
  }

  /** Builds a {@link PutResourcePolicyRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;
    private String policy;
    private String expectedRevisionId;
    private Boolean confirmRemoveSelfResourceAccess;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public Builder policy(String policy) {
      this.policy = policy;
      return this;
    }

    public Builder expectedRevisionId(String expectedRevisionId) {
      this.expectedRevisionId = expectedRevisionId;
      return this;
    }

    public Builder confirmRemoveSelfResourceAccess(Boolean confirmRemoveSelfResourceAccess) {
      this.confirmRemoveSelfResourceAccess = confirmRemoveSelfResourceAccess;
      return this;
    }

    public PutResourcePolicyRequest build() {
      return new PutResourcePolicyRequest(resourceArn, policy, expectedRevisionId, confirmRemoveSelfResourceAccess);
    }
  }
}
