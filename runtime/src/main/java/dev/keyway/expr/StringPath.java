package dev.keyway.expr;

import dev.keyway.model.AttributeValue;

/** A string attribute: ordered, with begins_with, contains and size. */
public final class StringPath extends OrderedPath<String, String>
    implements PrefixKeyPath<String> {

  StringPath(AttributePath path) {
    super(path, AttributeValue::s);
  }

  /** {@code begins_with(path, prefix)}. */
  public Condition beginsWith(String prefix) {
    return new Condition.BeginsWith(attributePath(), valueTerm(prefix));
  }

  /** {@code contains(path, substring)}. */
  public Condition contains(String substring) {
    return new Condition.Contains(attributePath(), valueTerm(substring));
  }

  /** {@code size(path)}: the length in UTF-8 bytes. */
  public Size size() {
    return new Size(attributePath());
  }
}
