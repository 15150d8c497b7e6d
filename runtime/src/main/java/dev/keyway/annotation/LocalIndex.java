package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A local secondary index of a {@link Table}. It always shares the table's partition key; {@link
 * #partitionKey()} may repeat the table's partition key attribute for readability and must not
 * name any other.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface LocalIndex {
  /** Index name. */
  String name();

  /** Empty (the default) or the table's partition key attribute name. */
  String partitionKey() default "";

  /** Name of the index sort key attribute. */
  String sortKey();

  /** Which attributes the index holds. */
  Projection projection() default @Projection;
}
