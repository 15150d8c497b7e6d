package dev.keyway.engine.replication;

/**
 * When and where an item's latest write was made: the writing engine's clock in milliseconds and
 * its region. Replicas keep the greater version of an item (last writer wins, as DynamoDB's
 * global tables do); equal times are settled by the region name, so every replica decides alike.
 */
public record ReplicaVersion(long millis, String region) implements Comparable<ReplicaVersion> {
  /** The version of an item written before its table had replicas: older than any write. */
  static final ReplicaVersion INITIAL = new ReplicaVersion(Long.MIN_VALUE, "");

  @Override
  public int compareTo(ReplicaVersion other) {
    int byTime = Long.compare(millis, other.millis);
    return byTime != 0 ? byTime : region.compareTo(other.region);
  }
}
