package dev.keyway.processor.model;

import java.util.List;

/**
 * A global or local secondary index; {@code sortKey} is null when there is none. An index with a
 * multi-attribute key has {@code partitionKeys} (and maybe {@code sortKeys}): entity attributes with
 * their own types, in order; {@code partitionKey} and {@code sortKey} are then null.
 */
public record IndexModel(
    String name,
    boolean global,
    String partitionKey,
    String sortKey,
    String projectionType,
    List<String> projectedAttributes,
    List<String> partitionKeys,
    List<String> sortKeys,
    Place place) {

  /** Keyed by entity attributes ({@code @GlobalIndex(partitionKeys = ...)}), not by templates. */
  public boolean multiAttribute() {
    return !partitionKeys.isEmpty();
  }

  /** The key attributes in key schema order: the HASH ones, then the RANGE ones. */
  public List<String> keyAttributes() {
    List<String> all = new java.util.ArrayList<>(partitionKeys);
    all.addAll(sortKeys);
    return List.copyOf(all);
  }
}
