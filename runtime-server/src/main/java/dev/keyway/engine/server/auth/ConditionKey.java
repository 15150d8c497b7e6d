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
  PRINCIPAL_TYPE("aws:PrincipalType", false),
  /** The address of the client's end of the connection. */
  SOURCE_IP("aws:SourceIp", false, ValueType.IP_ADDRESS),
  /** Whether the request came over TLS: {@code true} or {@code false}. */
  SECURE_TRANSPORT("aws:SecureTransport", false, ValueType.BOOLEAN);

  /** What a key's values are, and so which operators can test them. */
  enum ValueType {
    STRING("a string: test it with a String or Arn operator or Null"),
    IP_ADDRESS("an IP address: test it with IpAddress, NotIpAddress or Null"),
    BOOLEAN("a boolean: test it with Bool or Null");

    private final String advice;

    ValueType(String advice) {
      this.advice = advice;
    }

    /** What the values are and which operators to use, for a reader's error. */
    String advice() {
      return advice;
    }
  }

  private final String policyName;
  private final boolean multiValued;
  private final ValueType valueType;

  ConditionKey(String policyName, boolean multiValued) {
    this(policyName, multiValued, ValueType.STRING);
  }

  ConditionKey(String policyName, boolean multiValued, ValueType valueType) {
    this.policyName = policyName;
    this.multiValued = multiValued;
    this.valueType = valueType;
  }

  ValueType valueType() {
    return valueType;
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
