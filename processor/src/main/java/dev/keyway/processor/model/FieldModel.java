package dev.keyway.processor.model;

/**
 * One mapped field. {@code getter} is the accessor expression suffix ({@code userId()} or {@code
 * getUserId()} or a public field {@code userId}); {@code setter} is null when the field is set
 * through the constructor. {@code stamp} says whether generated code keeps it as a creation or
 * last-write time; {@code fallback} how it is read from items that lack its attribute.
 */
public record FieldModel(
    String name,
    String attributeName,
    AttrType type,
    String getter,
    String setter,
    boolean version,
    boolean ttl,
    Stamp stamp,
    ReadFallback fallback,
    Place place) {

  /** Timestamps maintained by generated code ({@code @CreatedAt}, {@code @UpdatedAt}). */
  public enum Stamp {
    NONE, CREATED_AT, UPDATED_AT
  }
}
