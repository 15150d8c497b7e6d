package dev.keyway.processor.model;

import java.util.List;

/**
 * How one access pattern is served: the index (null: the table), which parameters fill the partition
 * key and the leading sort key fields, and an optional range on the next sort key field: {@code rangeOp}
 * is BETWEEN (two {@code betweenParams}), GE, LE, GT or LT (one), or null.
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
    String rangeOp) {}
