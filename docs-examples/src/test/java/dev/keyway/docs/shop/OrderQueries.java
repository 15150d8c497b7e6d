package dev.keyway.docs.shop;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.time.LocalDate;
import java.util.List;

// snippet:start declaration
@AccessPatterns
public interface OrderQueries {
  Page<Order> ordersOf(String customerId, PageRequest page);                     // PK, begins_with(SK, "ORDER#")
  List<Order> ordersBetween(String customerId, LocalDate from, LocalDate to);     // SK BETWEEN
  Page<Order> byStatus(OrderStatus status, PageRequest page);                    // GSI1
}
// snippet:end declaration
