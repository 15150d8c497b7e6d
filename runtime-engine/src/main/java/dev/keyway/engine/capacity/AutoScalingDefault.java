package dev.keyway.engine.capacity;

/**
 * A target-tracking policy for every PROVISIONED table and GSI, for both reads and writes, unless
 * an {@link AutoScalingPolicy} names that table or GSI: what {@code serve --auto-scaling} sets.
 * Same limits as {@link AutoScalingPolicy}.
 */
public record AutoScalingDefault(long minCapacity, long maxCapacity, double targetUtilization) {

  public AutoScalingDefault {
    new AutoScalingPolicy("*", null, false, minCapacity, maxCapacity, targetUtilization);
  }

  /** This policy for one dimension of one table (index null) or GSI. */
  AutoScalingPolicy policyFor(String table, String index, boolean write) {
    return new AutoScalingPolicy(table, index, write, minCapacity, maxCapacity,
        targetUtilization);
  }
}
