package dev.keyway.ops.streams;

/** The state of a stream: ENABLED while the table writes to it, DISABLED once closed. */
public enum StreamStatus {
  ENABLING,
  ENABLED,
  DISABLING,
  DISABLED
}
