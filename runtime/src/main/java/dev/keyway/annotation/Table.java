package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one DynamoDB table on an (otherwise empty) interface. Entities name the interface in
 * {@link Entity#table()}; the processor generates a facade named after the interface without a
 * trailing {@code Table} (e.g. {@code ShopTable} -> {@code Shop}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The DynamoDB table name (3 to 255 characters of {@code [a-zA-Z0-9_.-]}). */
  String name();

  /** Name of the partition key attribute (type S). */
  String partitionKey() default "PK";

  /** Name of the sort key attribute (type S); empty for a table without a sort key. */
  String sortKey() default "SK";

  /** Global secondary indexes (at most 20). */
  GlobalIndex[] globalIndexes() default {};

  /** Local secondary indexes (at most 5; they need a table sort key). */
  LocalIndex[] localIndexes() default {};

  /** Attribute that stores each item's entity type name; empty for none. */
  String typeAttribute() default "_type";

  /** Attribute DynamoDB's TTL reads (epoch seconds); empty for no TTL. */
  String ttlAttribute() default "";

  /**
   * The table's stream, as DynamoDB's StreamSpecification: which images its change records carry; NONE for no
   * stream. {@code createTableIfAbsent()} creates the table with it, and the exported infrastructure declares it.
   */
  StreamView stream() default StreamView.NONE;

  /** Billing mode used by {@code createTableIfAbsent()}. */
  BillingMode billingMode() default BillingMode.PAY_PER_REQUEST;

  /** Read capacity units when {@link #billingMode()} is PROVISIONED. */
  long readCapacity() default 5;

  /** Write capacity units when {@link #billingMode()} is PROVISIONED. */
  long writeCapacity() default 5;

  /** DynamoDB's stream view types, and NONE for a table without a stream. */
  enum StreamView {
    NONE,
    KEYS_ONLY,
    NEW_IMAGE,
    OLD_IMAGE,
    NEW_AND_OLD_IMAGES
  }

  /** DynamoDB billing modes. */
  enum BillingMode {
    PAY_PER_REQUEST,
    PROVISIONED
  }
}
