package dev.keyway.ops;

/** Whether continuous backups are on for a table. */
public enum ContinuousBackupsStatus {
  ENABLED,
  DISABLED
}
