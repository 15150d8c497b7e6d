package dev.keyway.samples.shop;

import dev.keyway.api.TransactionFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shop's writes that need more than one item: placing an order, moving it along. */
public final class ShopService {
  /** A transaction holds at most 100 actions: the order, the customer check and one stock update per line. */
  public static final int MAX_LINES = 98;

  private final Shop shop;

  public ShopService(Shop shop) {
    this.shop = shop;
  }

  /**
   * Places an order in one transaction: the order is put (it must not exist yet), the stock of every
   * product on it is decremented on condition that enough is left, and the customer must exist. Either
   * all of it happens or none of it.
   */
  public Order placeOrder(String customerId, String orderId, LocalDate date, List<OrderLine> lines)
      throws OrderRejectedException {
    if (lines.isEmpty() || lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("an order has 1 to " + MAX_LINES + " lines, not " + lines.size());
    }
    Set<String> skus = new HashSet<>();
    for (OrderLine line : lines) {
      if (!skus.add(line.sku()) || line.quantity() <= 0) {
        throw new IllegalArgumentException("one line per product, positive quantities: " + lines);
      }
    }
    Order order = Order.place(customerId, orderId, date, lines);
    Map<ProductUpdate, OrderLine> stock = new LinkedHashMap<>();
    for (OrderLine line : lines) {
      stock.put(ProductUpdate.of(line.sku()).add(ProductFields.STOCK, -line.quantity())
          .when(ProductFields.STOCK.ge(line.quantity())), line);
    }
    CustomerKey customer = CustomerKeys.of(customerId);
    try {
      return shop.transact(tx -> {
        tx.put(order);
        stock.keySet().forEach(tx::update);
        tx.check(customer, CustomerFields.EMAIL.exists());
      }).stored(order);                                        // the order as stored, with its new version
    } catch (TransactionFailedException e) {
      throw new OrderRejectedException(explain(order, stock, customer, e), e);
    }
  }

  /**
   * Moves an order from one status to the next; fails when it is not in {@code from} any more, or when it
   * changed since {@code order} was read (the update starts from the entity, so its @Version is checked).
   * The status is part of the GSI1 key, so the typed update rewrites GSI1PK/GSI1SK in the same request.
   */
  public Order advance(Order order, OrderStatus from, OrderStatus to) {
    return shop.orders().update(order, u -> u.setStatus(to).when(OrderFields.STATUS.eq(from)));
  }

  /** Which actions of the transaction failed, in words: each failure names the action object it came from. */
  private static String explain(Order order, Map<ProductUpdate, OrderLine> stock, CustomerKey customer,
      TransactionFailedException e) {
    List<String> why = new ArrayList<>();
    for (TransactionFailedException.Failure f : e.failures()) {
      Object source = f.action().source();
      if (source == order) {
        why.add("order " + order.orderId() + " exists already");
      } else if (stock.containsKey(source)) {
        OrderLine line = stock.get(source);
        why.add("not enough stock of " + line.sku() + " for " + line.quantity() + " (or no such product)");
      } else if (f.action().isFor(customer)) {
        why.add("no customer " + order.customerId());
      }
    }
    return "order " + order.orderId() + " rejected: " + (why.isEmpty() ? e.reasons().toString() : String.join("; ", why));
  }
}
