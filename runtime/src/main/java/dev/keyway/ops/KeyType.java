package dev.keyway.ops;

/** The role of a key schema element. */
public enum KeyType {
  HASH,
  RANGE
}
