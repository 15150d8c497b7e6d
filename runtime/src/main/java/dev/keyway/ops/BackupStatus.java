package dev.keyway.ops;

/** The state of an on-demand backup. */
public enum BackupStatus {
  CREATING,
  DELETED,
  AVAILABLE
}
