package dev.keyway.ops.streams;

/** Where a shard iterator starts. */
public enum ShardIteratorType {
  TRIM_HORIZON,
  LATEST,
  AT_SEQUENCE_NUMBER,
  AFTER_SEQUENCE_NUMBER
}
