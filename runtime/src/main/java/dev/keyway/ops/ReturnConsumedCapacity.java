package dev.keyway.ops;

/** How much capacity detail a response carries. */
public enum ReturnConsumedCapacity {
  INDEXES,
  TOTAL,
  NONE
}
