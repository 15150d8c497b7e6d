package dev.keyway.ops.streams;

/** What a change did to its item. */
public enum OperationType {
  INSERT,
  MODIFY,
  REMOVE
}
