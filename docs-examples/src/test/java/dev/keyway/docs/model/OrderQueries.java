package dev.keyway.docs.model;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.annotation.Project;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.model.Item;
import java.time.LocalDate;
import java.util.List;

// snippet:start declaration
@AccessPatterns
interface OrderQueries {
  Page<Order> ordersOf(String userId, PageRequest page);               // PK = USER#.. AND begins_with(SK, "ORDER#")
  List<Order> ordersOfBetween(String userId, LocalDate from, LocalDate to); // SK BETWEEN
  Page<Order> byStatus(Status status, PageRequest page);               // GSI1
  long countOrders(String userId);
  List<Order> ordersSince(String userId, LocalDate from);                 // SK BETWEEN ORDER#{from} AND ORDER#<max>
  List<Order> ordersAfter(String userId, LocalDate orderDateAfter);       // only dates after
  List<Order> sameDayBefore(String userId, LocalDate orderDate, String orderIdBefore);
  @Project(entity = Order.class, fields = {"orderId", "total"})
  Page<Item> totalsByStatus(Status status, PageRequest page);           // GSI1, ProjectionExpression orderId, total
}
// snippet:end declaration
