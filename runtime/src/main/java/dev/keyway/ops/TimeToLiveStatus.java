package dev.keyway.ops;

/** The state of time to live on a table. */
public enum TimeToLiveStatus {
  ENABLING,
  DISABLING,
  ENABLED,
  DISABLED
}
