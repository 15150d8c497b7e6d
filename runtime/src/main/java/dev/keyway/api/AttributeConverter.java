package dev.keyway.api;

import dev.keyway.model.AttributeValue;

/**
 * Converts a Java type Keyway does not map by itself. Implementations need a public no-argument
 * constructor; generated code creates one instance per schema.
 */
public interface AttributeConverter<T> {
  AttributeValue toAttributeValue(T value);

  T fromAttributeValue(AttributeValue value);
}
