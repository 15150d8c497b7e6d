package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.TableDefinition;
import dev.keyway.api.TableMismatchException;
import dev.keyway.api.TableNotActiveException;
import dev.keyway.api.TableWait;
import dev.keyway.engine.Engine;
import dev.keyway.ops.TableStatus;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** createTableIfAbsent() waits for ACTIVE before enabling TTL; an existing table is verified against the model. */
class TableLifecycleTest {
  private final List<Duration> pauses = new ArrayList<>();
  private final TableWait wait = TableWait.upTo(Duration.ofSeconds(5), Duration.ofSeconds(1))
      .pausingWith(pauses::add);

  /** The shop's definition with time to live on {@code expiresAt}, so the UpdateTimeToLive call can be seen. */
  private static TableDefinition withTtl() {
    TableDefinition d = Shop.DEFINITION;
    return new TableDefinition(d.name(), d.partitionKey(), d.sortKey(), d.globalIndexes(), d.localIndexes(),
        "expiresAt", d.provisioned(), d.readCapacity(), d.writeCapacity());
  }

  @Test
  void createsOnceThenVerifiesTheExistingTable() {
    Shop shop = Shop.connect(Engine.inMemory());
    assertTrue(shop.createTableIfAbsent());
    assertFalse(shop.createTableIfAbsent());
    shop.verifyTable();
  }

  @Test
  void waitsForTableAndIndexesBeforeEnablingTimeToLive() {
    StatusFaker faker = new StatusFaker(TableStatus.CREATING, 3);
    Backend backend = Interceptors.of(faker).wrap(Engine.inMemory());
    assertTrue(withTtl().createIfAbsent(backend, wait));
    assertEquals(List.of("DescribeTable", "CreateTable", "DescribeTable:CREATING", "DescribeTable:CREATING",
        "DescribeTable:CREATING", "DescribeTable", "UpdateTimeToLive"), faker.calls);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)), pauses);
    assertEquals(List.of(), withTtl().differences(backend));
  }

  @Test
  void givesUpWithinTheBoundAndSaysWhatIsNotReady() {
    StatusFaker faker = new StatusFaker(TableStatus.CREATING, 100);
    Backend backend = Interceptors.of(faker).wrap(Engine.inMemory());
    TableNotActiveException e = assertThrows(TableNotActiveException.class,
        () -> withTtl().createIfAbsent(backend, wait));
    assertEquals("Table 'Shop' is not ready after 6 checks over PT5S: table CREATING, index GSI1 CREATING; wait"
        + " longer with createTableIfAbsent(TableWait.upTo(...)) or check the table in the console.", e.getMessage());
    assertEquals(5, pauses.size());
    assertFalse(faker.calls.contains("UpdateTimeToLive"), "TTL is enabled only on an ACTIVE table");
  }

  @Test
  void aTableBeingDeletedFailsAtOnce() {
    Backend engine = Engine.inMemory();
    Shop.DEFINITION.createIfAbsent(engine);
    Backend backend = Interceptors.of(new StatusFaker(TableStatus.DELETING, 100)).wrap(engine);
    TableNotActiveException e = assertThrows(TableNotActiveException.class,
        () -> Shop.connect(backend).createTableIfAbsent(wait));
    assertEquals("Table 'Shop' is DELETING and will not become ACTIVE by waiting; restore or recreate it before"
        + " using it.", e.getMessage());
    assertEquals(List.of(), pauses);
  }

  @Test
  void reportsEveryDifferenceOfAnExistingTable() {
    Backend engine = Engine.inMemory();
    TableDefinition other = new TableDefinition("Shop", "PK", "SORT",
        List.of(new TableDefinition.Index("GSI1", "GSI1PK", "GSI1SK", "KEYS_ONLY", List.of()),
            new TableDefinition.Index("GSI9", "G9", null, "ALL", List.of())),
        List.of(), "expiresAt", false, 0, 0);
    other.createIfAbsent(engine, wait);
    TableMismatchException e = assertThrows(TableMismatchException.class,
        () -> Shop.connect(engine).createTableIfAbsent(wait));
    List<String> expected = List.of(
        "table sort key is 'SORT', the model declares 'SK'",
        "global secondary index 'GSI1' projects KEYS_ONLY, the model declares ALL",
        "global secondary index 'GSI9' is not in the model",
        "time to live is enabled on 'expiresAt', the model declares none");
    assertEquals(expected, e.differences());
    assertEquals("Table 'Shop' does not match its @Table model (4 differences); change the table or the model:\n"
        + "  - " + String.join("\n  - ", expected), e.getMessage());
    assertEquals(expected, assertThrows(TableMismatchException.class,
        () -> Shop.connect(engine).verifyTable()).differences());
  }

  @Test
  void reportsMissingIndexesAndTimeToLive() {
    Backend engine = Engine.inMemory();
    new TableDefinition("Shop", "PK", "SK", List.of(), List.of(), null, false, 0, 0).createIfAbsent(engine, wait);
    assertEquals(List.of("global secondary index 'GSI1' is missing",
        "time to live is DISABLED, the model expires items by 'expiresAt'"), withTtl().differences(engine));
  }

  @Test
  void comparesIncludedAttributesAndLocalIndexes() {
    Backend engine = Engine.inMemory();
    TableDefinition.Index include = new TableDefinition.Index("GSI1", "GSI1PK", "GSI1SK", "INCLUDE", List.of("a"));
    new TableDefinition("Shop", "PK", "SK", List.of(include), List.of(), null, false, 0, 0)
        .createIfAbsent(engine, wait);
    TableDefinition model = new TableDefinition("Shop", "PK", "SK",
        List.of(new TableDefinition.Index("GSI1", "GSI1PK", "GSI1SK", "INCLUDE", List.of("b", "a"))),
        List.of(new TableDefinition.Index("LSI1", "PK", "LSI1SK", "ALL", List.of())), null, false, 0, 0);
    assertEquals(List.of("global secondary index 'GSI1' includes [a], the model declares [a, b]",
        "local secondary index 'LSI1' is missing (local indexes can only be added when the table is created)"),
        model.differences(engine));
  }

  @Test
  void verifyingAMissingTableSaysSo() {
    TableMismatchException e = assertThrows(TableMismatchException.class,
        () -> Shop.connect(Engine.inMemory()).verifyTable());
    assertEquals(List.of("the table does not exist; create it with createTableIfAbsent() or the exported"
        + " templates"), e.differences());
  }
}
