package dev.keyway.engine.capacity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One policy's state: units consumed per minute of the engine's clock; decides scaling actions by
 * the rules in docs/capacity.md. Guarded by its own monitor.
 */
final class ScalingTarget {
  /** Scale out after this many consecutive minutes above the target. */
  static final int OUT_MINUTES = 2;
  /** Scale in after this many consecutive minutes below the target minus 20 points. */
  static final int IN_MINUTES = 15;

  final AutoScalingPolicy policy;
  private final Map<Long, Double> unitsByMinute = new HashMap<>();
  private long evaluatedMinute = Long.MIN_VALUE;
  private long firstMinute = Long.MIN_VALUE; // when it started watching: no history before

  ScalingTarget(AutoScalingPolicy policy) {
    this.policy = policy;
  }

  synchronized void consumed(double units, Instant now) {
    long minute = now.getEpochSecond() / 60;
    if (firstMinute == Long.MIN_VALUE) {
      firstMinute = minute;
    }
    unitsByMinute.merge(minute, units, Double::sum);
  }

  /**
   * The new capacity if the minutes completed since the last evaluation call for a scaling action
   * now, or 0. {@code provisioned} is the current capacity.
   */
  synchronized long evaluate(long provisioned, ThroughputHistory history, Instant now) {
    long minute = now.getEpochSecond() / 60; // the current minute is not complete yet
    if (minute == evaluatedMinute) {
      return 0;
    }
    evaluatedMinute = minute;
    if (firstMinute == Long.MIN_VALUE) {
      firstMinute = minute;
    }
    long watched = minute - firstMinute; // complete minutes observed
    unitsByMinute.keySet().removeIf(m -> m < minute - IN_MINUTES);
    double target = policy.targetUtilization() / 100;
    double peak = 0;
    boolean allAbove = true;
    for (int i = 1; i <= OUT_MINUTES; i++) {
      double perSecond = perSecond(minute - i);
      peak = Math.max(peak, perSecond);
      allAbove &= perSecond > target * provisioned;
    }
    long wanted = clamp((long) Math.ceil(peak / target));
    if (watched >= OUT_MINUTES && allAbove && wanted > provisioned) {
      return wanted;
    }
    if (watched < IN_MINUTES) {
      return clampedAbove(provisioned);
    }
    double sum = 0;
    for (int i = 1; i <= IN_MINUTES; i++) {
      double perSecond = perSecond(minute - i);
      if (perSecond >= (target - 0.20) * provisioned) {
        return clampedAbove(provisioned);
      }
      sum += perSecond;
    }
    long lower = clamp((long) Math.ceil(sum / IN_MINUTES / target));
    if (lower < provisioned && history.mayDecrease(now)) {
      return lower;
    }
    return clampedAbove(provisioned);
  }

  /** A capacity outside the policy's range is brought into it at once (as registering does). */
  private long clampedAbove(long provisioned) {
    long clamped = clamp(provisioned);
    return clamped != provisioned ? clamped : 0;
  }

  private double perSecond(long minute) {
    return unitsByMinute.getOrDefault(minute, 0.0) / 60;
  }

  private long clamp(long capacity) {
    return Math.max(policy.minCapacity(), Math.min(policy.maxCapacity(), capacity));
  }
}
