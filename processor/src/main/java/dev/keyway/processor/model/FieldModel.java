package dev.keyway.processor.model;

/**
 * One mapped field. {@code getter} is the accessor expression suffix ({@code userId()} or {@code
 * getUserId()} or a public field {@code userId}); {@code setter} is null when the field is set
 * through the constructor.
 */
public record FieldModel(
    String name,
    String attributeName,
    AttrType type,
    String getter,
    String setter,
    boolean version,
    boolean ttl,
    Place place) {}
