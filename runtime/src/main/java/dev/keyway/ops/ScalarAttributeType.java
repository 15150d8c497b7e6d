package dev.keyway.ops;

/** The scalar types a key attribute may have. */
public enum ScalarAttributeType {
  S,
  N,
  B
}
