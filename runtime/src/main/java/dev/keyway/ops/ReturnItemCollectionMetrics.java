package dev.keyway.ops;

/** Whether a write returns item collection metrics. */
public enum ReturnItemCollectionMetrics {
  SIZE,
  NONE
}
