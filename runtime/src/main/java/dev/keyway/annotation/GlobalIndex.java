package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A global secondary index of a {@link Table}; its key attributes are of type S. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface GlobalIndex {
  /** Index name (3 to 255 characters of {@code [a-zA-Z0-9_.-]}). */
  String name();

  /** Name of the index partition key attribute. */
  String partitionKey();

  /** Name of the index sort key attribute; empty for none. */
  String sortKey() default "";

  /** Which attributes the index holds. */
  Projection projection() default @Projection;
}
