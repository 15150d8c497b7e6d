package dev.keyway.processor.model;

/** The DynamoDB scalar type (S, N or B) a field is stored as, when it can be a key attribute. */
public final class KeyAttributeType {
  private KeyAttributeType() {}

  /** "S", "N" or "B"; null when the field's type cannot be a key attribute (booleans, collections, maps, ...). */
  public static String of(FieldModel f) {
    if (f.ttl()) {
      return "N"; // epoch seconds
    }
    if (f.type() instanceof AttrType.EnumType) {
      return "S";
    }
    if (!(f.type() instanceof AttrType.Scalar s)) {
      return null;
    }
    return switch (s.kind()) {
      case STRING, INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, UUID -> "S";
      case BYTES -> "B";
      case BOOLEAN -> null;
      default -> "N";
    };
  }
}
