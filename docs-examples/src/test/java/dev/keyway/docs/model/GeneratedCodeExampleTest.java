package dev.keyway.docs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.EntityChanges;
import dev.keyway.api.ItemReads;
import dev.keyway.api.Read;
import dev.keyway.api.ReadResult;
import dev.keyway.api.TableDefinition;
import dev.keyway.api.TransactionFailedException;
import dev.keyway.engine.Engine;
import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.ChangeSubscription;
import dev.keyway.engine.stream.StartingPosition;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Key;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.streams.OperationType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/generated-code.md, run on the engine. */
class GeneratedCodeExampleTest {
  private final Engine backend = Engine.inMemory();
  private final Shop shop = Shop.connect(backend);
  private final Notes notes = Notes.connect(backend);
  private final List<String> events = new ArrayList<>();

  GeneratedCodeExampleTest() {
    shop.createTableIfAbsent();
    notes.createTableIfAbsent();
  }

  @Test
  void keys() {
    String userId = "u1";
    LocalDate orderDate = LocalDate.of(2024, 3, 1);
    String orderId = "o3";
    Status status = Status.PAID;
    Order order = new Order(userId, orderDate, orderId, status, BigDecimal.ONE);
    // snippet:start keys
    String table = OrderKeys.TABLE_NAME;                      // also PARTITION_KEY, SORT_KEY, GSI1_INDEX
    String pk = OrderKeys.pk(userId);                         // "USER#u1"
    String sk = OrderKeys.sk(orderDate, orderId);             // "ORDER#2024-03-01#o3"
    String anyOrder = OrderKeys.skPrefix();                   // "ORDER#"            (begins_with on no field)
    String sameDay = OrderKeys.skPrefix(orderDate);           // "ORDER#2024-03-01#" (begins_with on the first field)
    OrderKey key = OrderKeys.of(userId, orderDate, orderId);  // the typed key (record of the three field values)
    OrderKey ofEntity = OrderKeys.of(order);                  // the typed key of an entity
    Key raw = OrderKeys.key(userId, orderDate, orderId);      // dev.keyway.model.Key (PK and SK attributes)
    String gsi1Pk = OrderKeys.gsi1Pk(status);                 // per index: gsi1Pk, gsi1Sk, gsi1SkPrefix (<index id>Pk/Sk/SkPrefix)
    // snippet:end keys
    assertEquals("Store", table);
    assertEquals("USER#u1", pk);
    assertEquals("ORDER#2024-03-01#o3", sk);
    assertEquals("ORDER#", anyOrder);
    assertEquals("ORDER#2024-03-01#", sameDay);
    assertEquals(new OrderKey(userId, orderDate, orderId), key);
    assertEquals(key, ofEntity);
    assertEquals(key.toKey(), raw);
    assertEquals("STATUS#PAID", gsi1Pk);
  }

  @Test
  void typedUpdates() {
    String userId = "u1";
    LocalDate orderDate = LocalDate.of(2024, 3, 1);
    String orderId = "o3";
    shop.orders().put(new Order(userId, orderDate, orderId, Status.PENDING, BigDecimal.TEN));
    // snippet:start update
    Order paid = shop.orders().update(OrderKeys.of(userId, orderDate, orderId), u -> u
        .setStatus(Status.PAID)                          // also SETs GSI1PK/GSI1SK in the same request
        .setTotal(new BigDecimal("12.50"))
        .when(OrderFields.STATUS.eq(Status.PENDING)));
    shop.transact(tx -> tx.update(OrderUpdate.of(userId, orderDate, orderId).setStatus(Status.SHIPPED)));
    // snippet:end update
    assertEquals(Status.PAID, paid.status());
    assertEquals(Status.SHIPPED, shop.orders().get(userId, orderDate, orderId).orElseThrow().status());
  }

  @Test
  void upsertsAndCounters() {
    // snippet:start counters
    long n = notes.counters().incrementCount("u1", "notes", 1);      // 1 on a missing item, then 2, 3, ...
    Counter c = notes.counters().upsert("u2", "likes", u -> u.setLabel("Likes").add(CounterFields.COUNT, 2));
    notes.transact(tx -> tx.upsert(CounterUpdate.of("u3", "tx").add(CounterFields.COUNT, 7)));
    // snippet:end counters
    assertEquals(1, n);
    assertEquals(2, notes.counters().incrementCount("u1", "notes", 1));
    assertEquals(new Counter("u2", "likes", 2, "Likes"), c);
    assertEquals(7, notes.counters().get("u3", "tx").orElseThrow().count());
  }

  @Test
  void versions() {
    notes.profiles().put(new Profile("u1", "Ann", Tier.FREE, "ann@example.com", 0, null, 0, 0));
    // snippet:start versions
    Profile v1 = notes.profiles().get("u1").orElseThrow();
    Profile v2 = notes.profiles().update(v1, u -> u.setName("Ann B."));         // version 1 -> 2
    assertThrows(ConditionalCheckFailedException.class,                          // v1 is stale now
        () -> notes.profiles().update(v1, u -> u.setName("stale")));
    notes.profiles().update(ProfileUpdate.of("u1", 2).setVisits(3));             // expected version given: ok, 2 -> 3
    notes.profiles().updateUnversioned("u1", u -> u.setName("Ann C."));          // last writer wins, 3 -> 4
    assertThrows(TransactionFailedException.class,                               // the stored version is 4
        () -> notes.transact(tx -> tx.delete(v2)));
    // snippet:end versions
    assertEquals(1, v1.version());
    assertEquals(2, v2.version());
    Profile last = notes.profiles().get("u1").orElseThrow();
    assertEquals(4, last.version());
    assertEquals(3, last.visits());
    assertEquals("Ann C.", last.name());
  }

  @Test
  void theFacade() {
    Engine backend = Engine.inMemory();
    Order order = new Order("u1", LocalDate.of(2024, 3, 1), "o1", Status.PENDING, BigDecimal.ONE);
    String sku = "KB-01";
    CustomerKey customerKey = CustomerKeys.of("u1");
    // snippet:start facade
    Shop shop = Shop.connect(backend);   // any dev.keyway.spi.Backend, e.g. Engine.inMemory()
    shop.createTableIfAbsent();          // key schema, all indexes, stream, waits for ACTIVE, then TTL; false when it exists
                                         // (then verified: TableMismatchException lists every difference)
    shop.verifyTable();                  // compares keys, indexes, projections, TTL with the model (infrastructure.md)
    shop.orders(); shop.customers();     // repositories (lower-case plural of the entity name)
    shop.orderQueries();                 // access-pattern implementations
    shop.changes(ShopItem.class);        // stream records decoded to entities (tables with a typeAttribute)
    TableDefinition definition = Shop.DEFINITION;   // toCreateTableRequest(), differences(backend), ...
    // snippet:end facade
    shop.customers().put(new Customer("u1", "ann@example.com", "Ann"));
    shop.products().put(new Product(sku, "Keyboard", 1));
    // snippet:start facade
    shop.transact(tx -> tx.put(order)    // dev.keyway.api.WriteTransaction: TransactWriteItems, all or nothing
        .update(ProductUpdate.of(sku).add(ProductFields.STOCK, -1).when(ProductFields.STOCK.gt(0)))
        .check(customerKey, CustomerFields.EMAIL.exists()));
    // snippet:end facade
    assertEquals("Store", definition.name());
    assertEquals(0, shop.products().get(sku).orElseThrow().stock());
    assertEquals(1, shop.orderQueries().countOrders("u1"));
  }

  @Test
  void aFailedTransactionNamesItsAction() {
    shop.customers().put(new Customer("u1", "ann@example.com", "Ann"));
    shop.products().put(new Product("KB-01", "Keyboard", 0));
    Order order = new Order("u1", LocalDate.of(2024, 3, 1), "o1", Status.PENDING, BigDecimal.ONE);
    ProductUpdate stock = ProductUpdate.of("KB-01").add(ProductFields.STOCK, -1).when(ProductFields.STOCK.gt(0));
    CustomerKey customerKey = CustomerKeys.of("u1");
    // snippet:start failure
    try {
      Order placed = shop.transact(tx -> tx.put(order).update(stock).check(customerKey, CustomerFields.EMAIL.exists()))
          .stored(order);
      // snippet:end failure
      events.add("placed " + placed.orderId());
      // snippet:start failure
    } catch (TransactionFailedException e) {
      if (e.failed(stock)) {                      // or e.failures().get(0).action().source()
        reorder("KB-01");
      }
    }
    // snippet:end failure
    assertEquals(List.of("reorder KB-01"), events);
  }

  @Test
  void typedReadsAcrossEntityTypes() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    shop.customers().put(new Customer("u1", "ann@example.com", "Ann"));
    // snippet:start reads
    ItemReads reads = shop.reads();
    Read<Customer> customer = reads.get(CustomerKeys.of("u1"));
    Read<Order> order = reads.get(OrderKeys.of("u1", day, "o1"));
    ReadResult got = reads.transact();                     // or reads.batch(false)
    Customer c = got.get(customer).orElseThrow();
    Optional<Order> o = got.get(order);
    // snippet:end reads
    assertEquals("Ann", c.name());
    assertTrue(o.isEmpty());
  }

  @Test
  void streamRecordsAsEntities() {
    backend.updateTable(UpdateTableRequest.builder().tableName("Store")
        .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build());
    ChangeSubscription subscription = backend.streams().subscribe("Store", StartingPosition.trimHorizon());
    shop.customers().put(new Customer("u1", "ann@example.com", "Ann"));
    shop.orders().put(new Order("u1", LocalDate.of(2024, 3, 1), "o1", Status.PENDING, BigDecimal.ONE));
    shop.products().put(new Product("KB-01", "Keyboard", 1));
    // snippet:start changes
    EntityChanges<ShopItem> decoder = shop.changes(ShopItem.class);
    for (ChangeRecord r : subscription.poll(100)) {
      decoder.decode(r.toWire("us-east-1")).ifPresent(change -> {
        if (change.entity() instanceof Customer c) {     // entity(): newEntity(), or oldEntity() for a REMOVE
          welcome(c);
        } else if (change.entity() instanceof Order o) {
          ship(o, change.eventName());
        }
      });
    }
    // snippet:end changes
    assertEquals(List.of("welcome u1", "ship o1 INSERT"), events);
  }

  private void reorder(String sku) {
    events.add("reorder " + sku);
  }

  private void welcome(Customer customer) {
    events.add("welcome " + customer.userId());
  }

  private void ship(Order order, OperationType event) {
    events.add("ship " + order.orderId() + " " + event);
  }
}
