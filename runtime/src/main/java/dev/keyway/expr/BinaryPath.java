package dev.keyway.expr;

import dev.keyway.model.AttributeValue;

/** A binary attribute: ordered as unsigned bytes, with begins_with and size. */
public final class BinaryPath extends OrderedPath<byte[], byte[]>
    implements PrefixKeyPath<byte[]> {

  BinaryPath(AttributePath path) {
    super(path, AttributeValue::b);
  }

  /** {@code begins_with(path, prefix)}. */
  public Condition beginsWith(byte[] prefix) {
    return new Condition.BeginsWith(attributePath(), valueTerm(prefix));
  }

  /** {@code size(path)}: the length in bytes. */
  public Size size() {
    return new Size(attributePath());
  }
}
