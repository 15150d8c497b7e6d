package dev.keyway.ops;

/** The state of one replica of a global table (version 2019.11.21). */
public enum ReplicaStatus {
  CREATING,
  CREATION_FAILED,
  UPDATING,
  DELETING,
  ACTIVE,
  REGION_DISABLED,
  INACCESSIBLE_ENCRYPTION_CREDENTIALS,
  ARCHIVING,
  ARCHIVED,
  REPLICATION_NOT_AUTHORIZED
}
