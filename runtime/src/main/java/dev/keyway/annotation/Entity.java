package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record or a bean class to items of a {@link Table}. Key templates are literal text with
 * {@code {field}} placeholders, e.g. {@code "USER#{userId}"} or {@code "ORDER#{orderDate}#{orderId}"};
 * an integral number may carry a zero-padding width: {@code "{rank:6}"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /** The interface annotated with {@link Table}. */
  Class<?> table();

  /** Type name stored in the table's type attribute; default: the simple class name. */
  String type() default "";

  /** Partition key template. */
  String pk();

  /** Sort key template; must be empty exactly when the table has no sort key. */
  String sk() default "";
}
