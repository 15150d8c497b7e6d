package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter of an {@code @AccessPatterns} method: a FilterExpression on a non-key field of the
 * returned entity, never part of the key condition. DynamoDB applies it after reading, so it narrows
 * results, not reads; pages are still full. The field is the parameter's name unless {@link #field} is
 * given, and the parameter has the field's type (for {@link Op#CONTAINS} on a collection field, its
 * element type).
 *
 * <pre>{@code
 * Page<Order> ordersOf(String customerId, @Filter OrderStatus status, PageRequest page);
 * List<Order> bigOrders(String customerId, @Filter(field = "total", op = Filter.Op.GE) BigDecimal minTotal);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Filter {
  /** The entity field filtered; empty means the parameter's name. */
  String field() default "";

  /** How the field is compared with the parameter. */
  Op op() default Op.EQ;

  /** Comparisons a filter can make. */
  enum Op { EQ, NE, LT, LE, GT, GE, BEGINS_WITH, CONTAINS }
}
