package dev.keyway.ops;

/** Who made a backup: a user, the system, or AWS Backup. */
public enum BackupType {
  USER,
  SYSTEM,
  AWS_BACKUP
}
