package dev.keyway.expr;

import dev.keyway.model.AttributeValue;

/**
 * A path that may name a key attribute: key attributes are strings, numbers or binaries, so only
 * {@link StringPath}, {@link NumberPath} and {@link BinaryPath} implement it. Key conditions take
 * these, so a key condition on a boolean or map attribute does not compile.
 *
 * @param <V> the Java type of key values
 */
public interface KeyPath<V> {
  AttributePath attributePath();

  AttributeValue toAttributeValue(V value);
}
