package dev.keyway.ops;

/** How legacy conditions combine. */
public enum ConditionalOperator {
  AND,
  OR
}
