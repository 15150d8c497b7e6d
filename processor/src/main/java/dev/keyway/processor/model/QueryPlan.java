package dev.keyway.processor.model;

import java.util.List;

/**
 * How one access pattern is served: the index (null: the table), which parameters fill the partition
 * key and the leading sort key fields, and an optional range on the next sort key field: {@code rangeOp}
 * is BETWEEN (two {@code betweenParams}), GE, LE, GT or LT (one), or null. {@code filters} become the
 * FilterExpression. For a collection pattern {@code collection} is set and {@code entity} is its first
 * member (the sort key fields and range are then empty). On an index with a multi-attribute key,
 * {@code attributeIndex} is that index and {@code pk}/{@code sk} are null: the partition key fields are
 * those stored as its partition key attributes, {@code skEqualFields} a prefix of those stored as its sort
 * key attributes, and the range ({@code betweenField}) is on the next one.
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
    CollectionModel collection,
    IndexModel attributeIndex) {

  /** One {@code @Filter} parameter: compares entity field {@code field} with it by {@code op}. */
  public record FilterPlan(String param, String field, String op, boolean nullable) {}
}
