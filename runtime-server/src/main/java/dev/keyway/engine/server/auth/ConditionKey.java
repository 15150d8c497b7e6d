package dev.keyway.engine.server.auth;

/** The condition keys a policy may test; IAM compares key names without regard to case. */
enum ConditionKey {
  /** The partition key values of the items a request touches. */
  LEADING_KEYS("dynamodb:LeadingKeys", true),
  /** The top-level attribute names a request reads, writes, tests or projects. */
  ATTRIBUTES("dynamodb:Attributes", true),
  /** The request's Select (derived for reads that do not give one). */
  SELECT("dynamodb:Select", false),
  /** The request's ReturnValues, when it gives one. */
  RETURN_VALUES("dynamodb:ReturnValues", false),
  /** The caller's user ARN, {@code arn:aws:iam::ACCOUNT:user/NAME}. */
  PRINCIPAL_ARN("aws:PrincipalArn", false),
  /** The caller's account id. */
  PRINCIPAL_ACCOUNT("aws:PrincipalAccount", false),
  /** The caller's user name (the access key id for a key no policy file names). */
  USERNAME("aws:username", false),
  /** What kind of principal the caller is: always {@code User} on this server. */
  PRINCIPAL_TYPE("aws:PrincipalType", false);

  private final String policyName;
  private final boolean multiValued;

  ConditionKey(String policyName, boolean multiValued) {
    this.policyName = policyName;
    this.multiValued = multiValued;
  }

  String policyName() {
    return policyName;
  }

  boolean multiValued() {
    return multiValued;
  }

  static ConditionKey named(String name) {
    for (ConditionKey key : values()) {
      if (key.policyName.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return null;
  }
}
