package dev.keyway.processor.model;

/** One {@code @IndexKey} of an entity; {@code pk} is null for a local index, {@code sk} when absent. */
public record IndexKeyModel(String index, KeyTemplate pk, KeyTemplate sk, Place place) {}
