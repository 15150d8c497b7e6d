package dev.keyway.ops;

/** The lifecycle state of a table. */
public enum TableStatus {
  CREATING,
  UPDATING,
  DELETING,
  ACTIVE,
  INACCESSIBLE_ENCRYPTION_CREDENTIALS,
  ARCHIVING,
  ARCHIVED
}
