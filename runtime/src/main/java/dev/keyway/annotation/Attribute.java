package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames the attribute a field is stored in (default: the Java name, case preserved), and names
 * older attributes it is read from when the current one is missing ({@code aliases}, tried in order),
 * so a renamed attribute needs no rewrite of stored items. Writes use {@code name} only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Attribute {
  /** The stored attribute name; empty keeps the Java name. */
  String name() default "";

  /** Attribute names read, in order, when {@code name} is missing from an item. */
  String[] aliases() default {};
}
