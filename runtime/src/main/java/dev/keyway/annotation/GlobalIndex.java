package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index of a {@link Table}, keyed in one of two ways:
 *
 * <ul>
 *   <li>{@link #partitionKey()} (and optionally {@link #sortKey()}): key attributes of type S that
 *       entities fill from templates ({@code @IndexKey(index, pk = "STATUS#{status}", sk = ...)});
 *   <li>{@link #partitionKeys()} (and optionally {@link #sortKeys()}): a multi-attribute key, 1 to 4
 *       partition key and 0 to 4 sort key attributes in order, each an entity's own attribute with
 *       its own type (S, N or B), so numbers sort as numbers. Entities join with {@code
 *       @IndexKey(index = "...")} and no templates; their fields stored under those attribute names
 *       (the field name, or {@link Attribute#name()}) are the key.
 * </ul>
 *
 * <pre>{@code
 * @GlobalIndex(name = "Leaderboard", partitionKeys = {"game", "region"}, sortKeys = "score")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface GlobalIndex {
  /** Index name (3 to 255 characters of {@code [a-zA-Z0-9_.-]}). */
  String name();

  /** Name of the index partition key attribute (type S, filled from templates); empty with {@link #partitionKeys()}. */
  String partitionKey() default "";

  /** Name of the index sort key attribute (type S, filled from templates); empty for none. */
  String sortKey() default "";

  /**
   * Partition key attributes of a multi-attribute key, in order (1 to 4): entity attributes of type
   * S, N or B. Queries give each of them by equality. Empty with {@link #partitionKey()}.
   */
  String[] partitionKeys() default {};

  /**
   * Sort key attributes of a multi-attribute key, in order (0 to 4); only with {@link
   * #partitionKeys()}. Items sort by them in this order; queries give equality on a prefix of them
   * and optionally a range on the next one.
   */
  String[] sortKeys() default {};

  /** Which attributes the index holds. */
  Projection projection() default @Projection;
}
