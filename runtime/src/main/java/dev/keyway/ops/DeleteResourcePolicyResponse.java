package dev.keyway.ops;

/** The revision of the policy that was removed. Null fields are absent from the request or response. */
public record DeleteResourcePolicyResponse(
    String revisionId) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .revisionId(revisionId);
  }

  /** Builds a {@link DeleteResourcePolicyResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String revisionId;

    private Builder() {}

    public Builder revisionId(String revisionId) {
      this.revisionId = revisionId;
      return this;
    }

    public DeleteResourcePolicyResponse build() {
      return new DeleteResourcePolicyResponse(revisionId);
    }
  }
}
