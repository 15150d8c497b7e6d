package dev.keyway.samples.shop;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.engine.Engine;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs every access pattern of the shop on the in-process engine and prints what it found. Exits 0
 * when everything returned what the sample data says it must, 1 otherwise.
 */
public final class ShopApp {
  private final Shop shop;
  private final ShopService service;
  private final CustomerAccounts accounts;
  private final PrintStream out;

  public ShopApp(Shop shop, PrintStream out) {
    this.shop = shop;
    this.service = new ShopService(shop);
    this.accounts = new CustomerAccounts(shop);
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      new ShopApp(Shop.connect(Engine.inMemory()), System.out).run();
    } catch (Exception | AssertionError e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Creates the table, loads the sample data, runs each access pattern; throws on any surprise. */
  public void run() throws OrderRejectedException, CustomerRejectedException {
    out.println("Keyway shop sample: table " + Shop.DEFINITION.name() + " on the in-process engine");
    expect(shop.createTableIfAbsent(), "table created");
    seed();

    CustomerQueries customers = shop.customerQueries();
    OrderQueries orders = shop.orderQueries();
    CatalogQueries catalog = shop.catalogQueries();

    section("customer(\"ann\")  PK = CUSTOMER#ann AND SK = PROFILE");
    Customer ann = customers.customer("ann").orElseThrow();
    out.println("  " + ann.name() + " <" + ann.email() + ">, customer since " + ann.since());
    expect(customers.customer("nobody").isEmpty(), "no such customer");

    section("customerWithOrders(\"ann\")  PK = CUSTOMER#ann: profile and orders in one Query");
    CustomerItemCollection annWithOrders = customers.customerWithOrders("ann");
    out.println("  " + annWithOrders.customer().map(Customer::name).orElse("?") + " with "
        + annWithOrders.orders().size() + " orders");
    expect(annWithOrders.orders().size() == 4, "the collection holds ann's 4 orders");

    section("ordersOf(\"ann\", 2 per page)  PK = CUSTOMER#ann AND begins_with(SK, ORDER#)");
    PageRequest request = PageRequest.first(2);
    int pageNo = 0;
    int seen = 0;
    while (request != null) {
      Page<Order> page = orders.ordersOf("ann", request);
      out.println("  page " + ++pageNo + (page.hasNext() ? " (more)" : " (last)"));
      page.items().forEach(this::printOrder);
      if (page.items().isEmpty()) {
        out.println("  (no items: the previous page ended exactly at the last order, as in DynamoDB)");
      }
      seen += page.items().size();
      request = page.nextRequest(request).orElse(null);
    }
    expect(seen == 4 && pageNo >= 2, "4 orders of ann over several pages");

    section("ordersOf(\"ann\", newest first)  same key condition, ScanIndexForward = false");
    List<Order> newest = orders.ordersOf("ann", PageRequest.first(1).descending()).items();
    newest.forEach(this::printOrder);
    expect(newest.get(0).orderId().equals("o-1004"), "newest order first");

    section("ordersBetween(\"ann\", 2024-02-01, 2024-03-01)  SK BETWEEN ORDER#2024-02-01 AND ORDER#2024-03-01, inclusive");
    List<Order> between = orders.ordersBetween("ann", LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01"));
    between.forEach(this::printOrder);
    expect(ids(between).equals(List.of("o-1002", "o-1003", "o-1004")), "orders between dates, inclusive");

    section("ordersOn(\"ann\", 2024-03-01)  begins_with(SK, ORDER#2024-03-01#)");
    List<Order> onDay;
    try (Stream<Order> stream = orders.ordersOn("ann", LocalDate.parse("2024-03-01"))) {
      onDay = stream.toList();
    }
    onDay.forEach(this::printOrder);
    expect(ids(onDay).equals(List.of("o-1003", "o-1004")), "orders of one day");

    section("order(\"bob\", 2024-02-20, \"o-2001\")  SK = ORDER#2024-02-20#o-2001");
    Optional<Order> one = orders.order("bob", LocalDate.parse("2024-02-20"), "o-2001");
    one.ifPresent(this::printOrder);
    expect(one.isPresent() && one.get().lines().size() == 2, "one order with its lines");

    for (OrderStatus status : OrderStatus.values()) {
      section("byStatus(" + status + ")  GSI1: GSI1PK = STATUS#" + status);
      List<Order> found = orders.byStatus(status, PageRequest.firstPage()).items();
      found.forEach(this::printOrder);
      if (found.isEmpty()) {
        out.println("  (none)");
      }
    }
    expect(ids(orders.byStatus(OrderStatus.PAID, PageRequest.firstPage()).items())
        .equals(List.of("o-1002", "o-2001")), "paid orders, oldest first");
    expect(ids(orders.byStatus(OrderStatus.SHIPPED, PageRequest.firstPage()).items())
        .equals(List.of("o-1001")), "shipped orders");

    section("countOrders  Select COUNT");
    long annCount = orders.countOrders("ann");
    long bobCount = orders.countOrders("bob");
    long cyCount = orders.countOrders("cy");
    out.println("  ann " + annCount + ", bob " + bobCount + ", cy " + cyCount);
    expect(annCount == 4 && bobCount == 1 && cyCount == 0, "order counts (the profile is not an order)");

    section("productsIn(\"peripherals\")  GSI1: GSI1PK = CATEGORY#peripherals, by name");
    List<Product> peripherals = catalog.productsIn("peripherals");
    peripherals.forEach(this::printProduct);
    expect(peripherals.stream().map(Product::sku).toList().equals(List.of("KB-01", "MS-02")), "products by name");

    section("product(...)  PK = PRODUCT#sku AND SK = DETAILS: stock after the orders");
    for (String sku : List.of("KB-01", "MS-02", "MN-03", "CB-04")) {
      printProduct(catalog.product(sku).orElseThrow());
    }
    expect(stock("KB-01") == 7 && stock("MS-02") == 1 && stock("MN-03") == 4 && stock("CB-04") == 45,
        "stock decremented by the placed orders");

    section("placeOrder: transactions that must be rejected as a whole");
    rejected("bob", "o-2002", List.of(new OrderLine("KB-01", 1, new BigDecimal("49.90")),
        new OrderLine("MS-02", 5, new BigDecimal("19.90"))));
    rejected("zed", "o-9001", List.of(new OrderLine("CB-04", 1, new BigDecimal("9.90"))));
    expect(stock("KB-01") == 7 && stock("MS-02") == 1 && stock("CB-04") == 45, "stock unchanged");
    expect(orders.countOrders("bob") == 1 && orders.countOrders("zed") == 0, "no order written");
    out.println("  stock unchanged (KB-01 7, MS-02 1, CB-04 45), no order written");

    section("register / changeEmail: one customer per email address (guard items EMAIL#<address>)");
    try {
      accounts.register(new Customer("dee", "Ann@Example.com", "Dee Parker", Instant.parse("2024-04-01T08:00:00Z")));
      throw new AssertionError("a second customer with ann's email must be refused");
    } catch (CustomerRejectedException expected) {
      out.println("  " + expected.getMessage());
    }
    expect(customers.customer("dee").isEmpty(), "dee not stored");
    accounts.changeEmail("ann", "ann.lee@example.com");
    out.println("  ann is now " + customers.customer("ann").orElseThrow().email() + ", which frees ann@example.com");
    accounts.register(new Customer("dee", "ann@example.com", "Dee Parker", Instant.parse("2024-04-01T08:00:00Z")));
    out.println("  dee registered with ann@example.com");
    expect(customers.customer("dee").isPresent(), "dee stored once the address was free");

    out.println();
    out.println("All access patterns returned what was expected.");
  }

  private void seed() throws OrderRejectedException, CustomerRejectedException {
    accounts.register(new Customer("ann", "ann@example.com", "Ann Lee", Instant.parse("2023-05-01T09:30:00Z")));
    accounts.register(new Customer("bob", "bob@example.com", "Bob Stone", Instant.parse("2023-11-12T17:05:00Z")));
    accounts.register(new Customer("cy", "cy@example.com", "Cy Young", Instant.parse("2024-02-29T12:00:00Z")));
    shop.products().put(new Product("KB-01", "Keyboard", "peripherals", new BigDecimal("49.90"), 10,
        Set.of("usb", "wired")));
    shop.products().put(new Product("MS-02", "Mouse", "peripherals", new BigDecimal("19.90"), 3, Set.of("usb")));
    shop.products().put(new Product("MN-03", "Monitor 27in", "displays", new BigDecimal("229.00"), 5, Set.of()));
    shop.products().put(new Product("CB-04", "USB-C cable", "accessories", new BigDecimal("9.90"), 50, null));

    // placed out of date order on purpose: the sort key keeps them by date
    Order o1003 = place("ann", "o-1003", "2024-03-01", new OrderLine("MS-02", 1, new BigDecimal("19.90")));
    Order o1001 = place("ann", "o-1001", "2024-01-15", new OrderLine("KB-01", 1, new BigDecimal("49.90")),
        new OrderLine("CB-04", 2, new BigDecimal("9.90")));
    Order o1002 = place("ann", "o-1002", "2024-02-10", new OrderLine("MN-03", 1, new BigDecimal("229.00")));
    place("ann", "o-1004", "2024-03-01", new OrderLine("CB-04", 3, new BigDecimal("9.90")));
    Order o2001 = place("bob", "o-2001", "2024-02-20", new OrderLine("KB-01", 2, new BigDecimal("49.90")),
        new OrderLine("MS-02", 1, new BigDecimal("19.90")));
    service.advance(service.advance(o1001, OrderStatus.PLACED, OrderStatus.PAID), OrderStatus.PAID,
        OrderStatus.SHIPPED);
    service.advance(o1002, OrderStatus.PLACED, OrderStatus.PAID);
    service.advance(o2001, OrderStatus.PLACED, OrderStatus.PAID);
    expect(o1003.version() == 1, "a placed order is stored with version 1");
    out.println("Loaded 3 customers (each with its email guard), 4 products, 5 orders (each placed in a"
        + " transaction with its stock)");
  }

  private Order place(String customer, String id, String date, OrderLine... lines) throws OrderRejectedException {
    return service.placeOrder(customer, id, LocalDate.parse(date), List.of(lines));
  }

  private void rejected(String customer, String id, List<OrderLine> lines) {
    try {
      service.placeOrder(customer, id, LocalDate.parse("2024-04-01"), lines);
      throw new AssertionError("order " + id + " must be rejected");
    } catch (OrderRejectedException expected) {
      out.println("  " + expected.getMessage());
    }
  }

  private long stock(String sku) {
    return shop.catalogQueries().product(sku).orElseThrow().stock();
  }

  private void section(String title) {
    out.println();
    out.println(title);
  }

  private void printOrder(Order o) {
    String lines = o.lines().stream().map(l -> l.quantity() + " x " + l.sku()).collect(Collectors.joining(", "));
    out.printf("  %s %-6s %-5s %-9s %8s  [%s]%n", o.orderDate(), o.orderId(), o.customerId(), o.status(),
        money(o.total()), lines);
  }

  private void printProduct(Product p) {
    out.printf("  %-6s %-13s %-12s %7s  stock %3d  tags %s%n", p.sku(), p.name(), p.category(), money(p.price()),
        p.stock(), p.tags() == null ? "[]" : p.tags().stream().sorted().toList());
  }

  /** DynamoDB stores numbers without trailing zeros (49.90 comes back as 49.9): format for display. */
  private static String money(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static List<String> ids(List<Order> orders) {
    return orders.stream().map(Order::orderId).toList();
  }

  private static void expect(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("unexpected result: " + what);
    }
  }
}
