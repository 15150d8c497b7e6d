package dev.keyway.samples.shop;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How the shop reads orders; each method is checked by javac and served by one key condition. */
@AccessPatterns
public interface OrderQueries {
  /** PK = CUSTOMER#id AND begins_with(SK, "ORDER#"): a customer's orders by date, page by page. */
  Page<Order> ordersOf(String customerId, PageRequest page);

  /** SK BETWEEN "ORDER#from" AND "ORDER#to" (dates inclusive). */
  List<Order> ordersBetween(String customerId, LocalDate from, LocalDate to);

  /** begins_with(SK, "ORDER#date#"): the orders of one day. */
  Stream<Order> ordersOn(String customerId, LocalDate orderDate);

  /** SK = "ORDER#date#id": one order. */
  Optional<Order> order(String customerId, LocalDate orderDate, String orderId);

  /** GSI1PK = STATUS#status: orders in a status across customers, oldest first. */
  Page<Order> byStatus(OrderStatus status, PageRequest page);

  /** Select COUNT over the customer's orders. */
  long countOrders(String customerId);
}
