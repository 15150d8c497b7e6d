package dev.keyway.annotation;

import dev.keyway.api.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field of a type Keyway does not know through a converter with a public no-argument
 * constructor. A converted field may be used in a key template when the converter produces a string
 * or a number.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Converter {
  Class<? extends AttributeConverter<?>> value();
}
