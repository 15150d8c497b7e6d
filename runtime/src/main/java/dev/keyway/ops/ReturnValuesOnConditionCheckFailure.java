package dev.keyway.ops;

/** Whether a failed condition returns the existing item. */
public enum ReturnValuesOnConditionCheckFailure {
  ALL_OLD,
  NONE
}
