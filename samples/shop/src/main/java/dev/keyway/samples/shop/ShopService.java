package dev.keyway.samples.shop;

import dev.keyway.error.CancellationReason;
import dev.keyway.error.TransactionCanceledException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shop's writes that need more than one item: placing an order, moving it along. */
public final class ShopService {
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
    Set<String> skus = new HashSet<>();
    for (OrderLine line : lines) {
      if (!skus.add(line.sku()) || line.quantity() <= 0) {
        throw new IllegalArgumentException("one line per product, positive quantities: " + lines);
      }
    }
    Order order = Order.place(customerId, orderId, date, lines);
    try {
      shop.transact(tx -> {
        tx.put(order);
        for (OrderLine line : lines) {
          tx.update(ProductUpdate.of(line.sku()).add(ProductFields.STOCK, -line.quantity())
              .when(ProductFields.STOCK.ge(line.quantity())));
        }
        tx.check(CustomerKeys.of(customerId), CustomerFields.EMAIL.exists());
      });
    } catch (TransactionCanceledException e) {
      throw new OrderRejectedException(explain(order, e.reasons()), e);
    }
    return shop.orders().get(OrderKeys.of(order)).orElseThrow();
  }

  /**
   * Moves an order from one status to the next; fails when it is not in {@code from} any more. The status
   * is part of the GSI1 key, so the typed update rewrites GSI1PK/GSI1SK in the same request.
   */
  public Order advance(Order order, OrderStatus from, OrderStatus to) {
    return shop.orders().update(OrderKeys.of(order), u -> u.setStatus(to).when(OrderFields.STATUS.eq(from)));
  }

  /** Which actions of the transaction failed, in words (reasons come in the order of the actions). */
  private static String explain(Order order, List<CancellationReason> reasons) {
    List<String> why = new ArrayList<>();
    for (int i = 0; i < reasons.size(); i++) {
      if ("None".equals(reasons.get(i).code())) {
        continue;
      }
      if (i == 0) {
        why.add("order " + order.orderId() + " exists already");
      } else if (i <= order.lines().size()) {
        OrderLine line = order.lines().get(i - 1);
        why.add("not enough stock of " + line.sku() + " for " + line.quantity() + " (or no such product)");
      } else {
        why.add("no customer " + order.customerId());
      }
    }
    return "order " + order.orderId() + " rejected: " + (why.isEmpty() ? reasons.toString() : String.join("; ", why));
  }
}
