package dev.keyway.processor.model;

import java.util.List;

/**
 * How one access pattern is served: the index (null: the table), which parameters fill the partition
 * key and the leading sort key fields, and an optional range on the next sort key field: {@code rangeOp}
 * is BETWEEN (two {@code betweenParams}), GE, LE, GT or LT (one), or null. {@code filters} become the
 * FilterExpression. For a collection pattern {@code collection} is set and {@code entity} is its first
 * member (the sort key fields and range are then empty).
 */
public record QueryPlan(
    PatternModel.Method method,
    EntityModel entity,
    String index,
    KeyTemplate pk,
    KeyTemplate sk,
    List<String> skEqualFields,
    String betweenField,
    List<String> betweenParams,
    String rangeOp,
    List<FilterPlan> filters,
    CollectionModel collection) {

  /** One {@code @Filter} parameter: compares entity field {@code field} with it by {@code op}. */
  public record FilterPlan(String param, String field, String op, boolean nullable) {}
}
