package dev.keyway.expr;

/**
 * A key path whose values have prefixes (strings and binaries), so {@code begins_with} may be used
 * on it as a sort key condition.
 *
 * @param <V> the Java type of key values
 */
public interface PrefixKeyPath<V> extends KeyPath<V> {}
