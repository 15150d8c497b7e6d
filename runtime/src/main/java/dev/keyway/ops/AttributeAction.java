package dev.keyway.ops;

/** Legacy update actions (AttributeUpdates). */
public enum AttributeAction {
  ADD,
  PUT,
  DELETE
}
