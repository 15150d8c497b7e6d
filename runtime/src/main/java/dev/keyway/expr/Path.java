package dev.keyway.expr;

/**
 * An untyped path for dynamic code: values are converted by their runtime type ({@link
 * Values#of}), and every condition DynamoDB has is offered, so mistakes surface as DynamoDB
 * errors rather than compile errors. Update actions that only some types support (ADD, DELETE,
 * list_append) are built with {@link UpdateAction}'s records directly.
 */
public final class Path extends OrderedPath<Object, Object> {

  Path(AttributePath path) {
    super(path, Values::of);
  }

  /** A nested attribute or map key. */
  public Path attr(String name) {
    return new Path(attributePath().attr(name));
  }

  /** A list element. */
  public Path index(int index) {
    return new Path(attributePath().index(index));
  }

  /** {@code begins_with(path, prefix)}. */
  public Condition beginsWith(Object prefix) {
    return new Condition.BeginsWith(attributePath(), valueTerm(prefix));
  }

  /** {@code contains(path, operand)}. */
  public Condition contains(Object operand) {
    return new Condition.Contains(attributePath(), valueTerm(operand));
  }

  /** {@code size(path)}. */
  public Size size() {
    return new Size(attributePath());
  }
}
