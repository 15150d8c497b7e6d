package dev.keyway.ops;

/** Legacy comparison operators (Expected, KeyConditions, QueryFilter, ScanFilter). */
public enum ComparisonOperator {
  EQ,
  NE,
  IN,
  LE,
  LT,
  GE,
  GT,
  BETWEEN,
  NOT_NULL,
  NULL,
  CONTAINS,
  NOT_CONTAINS,
  BEGINS_WITH
}
