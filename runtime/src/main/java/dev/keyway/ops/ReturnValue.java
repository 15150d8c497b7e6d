package dev.keyway.ops;

/** Which item attributes a write returns. */
public enum ReturnValue {
  NONE,
  ALL_OLD,
  UPDATED_OLD,
  ALL_NEW,
  UPDATED_NEW
}
