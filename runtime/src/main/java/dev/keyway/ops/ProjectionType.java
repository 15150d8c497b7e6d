package dev.keyway.ops;

/** What an index projects. */
public enum ProjectionType {
  ALL,
  KEYS_ONLY,
  INCLUDE
}
