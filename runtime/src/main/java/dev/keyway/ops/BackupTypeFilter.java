package dev.keyway.ops;

/** Which backups ListBackups lists. */
public enum BackupTypeFilter {
  USER,
  SYSTEM,
  AWS_BACKUP,
  ALL
}
