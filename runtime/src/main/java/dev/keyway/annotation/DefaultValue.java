package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a field takes when its attribute (and every alias) is missing from a stored item, so a
 * field added to a model needs no rewrite of old items. Written as text and checked at compile time
 * against the field's type: a String as is, a number ({@code "0"}, {@code "2.5"}), a boolean
 * ({@code "true"}), or an enum constant name ({@code "ACTIVE"}). Puts still write the entity's value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface DefaultValue {
  String value();
}
