package dev.keyway.codec;

/** An item cannot be read into an entity (an attribute has a type the field cannot take). */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
