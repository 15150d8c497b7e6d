package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a sealed interface whose permitted types are {@code @Entity} types of one table that share a
 * partition key template: those entities form a collection, read by one Query over their partition.
 *
 * <pre>{@code
 * @ItemCollection
 * public sealed interface CustomerItem permits Customer, Order {}
 *
 * @Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "PROFILE")
 * public record Customer(...) implements CustomerItem {}
 * }</pre>
 *
 * An {@code @AccessPatterns} method returns {@code Page<CustomerItem>}, {@code List<CustomerItem>} or
 * {@code Stream<CustomerItem>} (mixed items in sort key order, for an exhaustive {@code switch}), or the
 * generated {@code CustomerItemCollection} record (the members grouped, every page read). The processor
 * checks that the members share the partition key, that their items can be told apart, and that the
 * index (if any) projects what every member needs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ItemCollection {
  /** The index whose partition holds the collection; empty for the table key. */
  String index() default "";
}
