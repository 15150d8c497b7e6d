package dev.keyway.engine.capacity;

import java.util.Objects;

/**
 * A target-tracking policy for the read or write units of one PROVISIONED table or GSI, as
 * Application Auto Scaling gives DynamoDB: keep consumption near {@code targetUtilization} percent
 * of the provisioned units, never below {@code minCapacity} nor above {@code maxCapacity}. The
 * rules the engine applies (per minute of its clock) are in docs/capacity.md.
 *
 * @param index the GSI, or null for the table itself
 */
public record AutoScalingPolicy(String table, String index, boolean write, long minCapacity,
    long maxCapacity, double targetUtilization) {

  public AutoScalingPolicy {
    Objects.requireNonNull(table, "table");
    if (minCapacity < 1 || maxCapacity < minCapacity) {
      throw new IllegalArgumentException(
          "need 1 <= minCapacity <= maxCapacity, got " + minCapacity + " and " + maxCapacity);
    }
    if (targetUtilization < 20 || targetUtilization > 90) {
      throw new IllegalArgumentException(
          "targetUtilization is a percentage from 20 to 90, as in Application Auto Scaling; got "
              + targetUtilization);
    }
  }

  /** Scales a table's read units. */
  public static AutoScalingPolicy reads(String table, long min, long max, double target) {
    return new AutoScalingPolicy(table, null, false, min, max, target);
  }

  /** Scales a table's write units. */
  public static AutoScalingPolicy writes(String table, long min, long max, double target) {
    return new AutoScalingPolicy(table, null, true, min, max, target);
  }

  /** The same policy for a GSI of the table instead. */
  public AutoScalingPolicy onIndex(String indexName) {
    return new AutoScalingPolicy(table, Objects.requireNonNull(indexName, "indexName"), write,
        minCapacity, maxCapacity, targetUtilization);
  }
}
