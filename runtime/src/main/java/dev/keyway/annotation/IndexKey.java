package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an {@link Entity} into a secondary index: the templates of the index key attributes. For a
 * local index, {@link #pk()} is empty (the table partition key is shared). For a global index with a
 * multi-attribute key ({@link GlobalIndex#partitionKeys()}), both templates are empty: the entity's
 * fields stored under the index's key attribute names are the key, e.g. {@code @IndexKey(index =
 * "Leaderboard")} on a record with fields {@code game}, {@code region} and {@code long score}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKey.List.class)
public @interface IndexKey {
  /** Name of a global or local index declared on the entity's table. */
  String index();

  /** Partition key template (global indexes with a {@link GlobalIndex#partitionKey()} only). */
  String pk() default "";

  /**
   * Sort key template; must be empty exactly when the index has no sort key {@link
   * GlobalIndex#sortKey()} or {@link LocalIndex#sortKey()}.
   */
  String sk() default "";

  /** Container of repeated {@link IndexKey} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    IndexKey[] value();
  }
}
