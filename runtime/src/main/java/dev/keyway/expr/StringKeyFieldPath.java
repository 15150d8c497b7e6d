package dev.keyway.expr;

/** A condition-only path for a string key field: adds {@code begins_with} and {@code contains}. */
public final class StringKeyFieldPath extends KeyFieldPath<String, String> {
  private final StringPath path;

  StringKeyFieldPath(StringPath path) {
    super(path);
    this.path = path;
  }

  /** {@code begins_with(path, prefix)}. */
  public Condition beginsWith(String prefix) {
    return path.beginsWith(prefix);
  }

  /** {@code contains(path, substring)}. */
  public Condition contains(String substring) {
    return path.contains(substring);
  }
}
