package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Projection of a secondary index. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Projection {
  Type type() default Type.ALL;

  /** Non-key attributes copied into the index; only with {@link Type#INCLUDE}. */
  String[] attributes() default {};

  /** DynamoDB projection types. */
  enum Type {
    ALL,
    KEYS_ONLY,
    INCLUDE
  }
}
