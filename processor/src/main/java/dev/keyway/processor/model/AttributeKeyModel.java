package dev.keyway.processor.model;

/**
 * An entity's {@code @IndexKey(index = "...")} on an index with a multi-attribute key: no templates,
 * the entity's fields stored as the index's key attributes are the key.
 */
public record AttributeKeyModel(String index, Place place) {}
