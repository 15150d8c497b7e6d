package dev.keyway.processor.model;

import java.util.List;

/**
 * How one access pattern is served: the index (null: the table), which parameters fill the partition
 * key and the leading sort key fields, and an optional between on the next sort key field.
 */
public record QueryPlan(
    PatternModel.Method method,
    EntityModel entity,
    String index,
    KeyTemplate pk,
    KeyTemplate sk,
    List<String> skEqualFields,
    String betweenField,
    List<String> betweenParams) {}
