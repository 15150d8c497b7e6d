package dev.keyway.processor.model;

import java.util.List;

/** A global or local secondary index; {@code sortKey} is null when there is none. */
public record IndexModel(
    String name,
    boolean global,
    String partitionKey,
    String sortKey,
    String projectionType,
    List<String> projectedAttributes,
    Place place) {}
