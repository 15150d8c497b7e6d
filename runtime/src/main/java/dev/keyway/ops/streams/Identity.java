package dev.keyway.ops.streams;

/** Who made a change: for TTL deletions, type {@code Service}, principal {@code dynamodb.amazonaws.com}. */
public record Identity(String principalId, String type) {
  public static final Identity TTL_SERVICE = new Identity("dynamodb.amazonaws.com", "Service");
}
