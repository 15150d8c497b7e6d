package dev.keyway.ops;

/** The lifecycle state of a global secondary index. */
public enum IndexStatus {
  CREATING,
  UPDATING,
  DELETING,
  ACTIVE
}
