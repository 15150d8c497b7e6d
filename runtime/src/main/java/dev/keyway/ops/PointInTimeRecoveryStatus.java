package dev.keyway.ops;

/** Whether point-in-time recovery is on for a table. */
public enum PointInTimeRecoveryStatus {
  ENABLED,
  DISABLED
}
