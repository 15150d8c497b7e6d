package dev.keyway.error;

/** The resource has no resource-based policy, or not the revision the request expected. */
public class PolicyNotFoundException extends DynamoDbException {
  public PolicyNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorType() {
    return "PolicyNotFoundException";
  }
}
