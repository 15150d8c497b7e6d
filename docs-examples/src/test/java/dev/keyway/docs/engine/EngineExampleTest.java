package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import dev.keyway.engine.commit.CommitLog;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.Durability;
import dev.keyway.engine.storage.durable.EncryptionKey;
import dev.keyway.engine.storage.memory.MemoryCatalog;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.spi.Backend;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** docs/engine-compatibility.md, engine-internals.md and durability.md: making and configuring engines. */
class EngineExampleTest {
  @Test
  void anEngineIsABackend() {
    // snippet:start in-memory-backend
    Backend backend = Engine.inMemory();   // empty, tables in memory; safe for many threads
    backend.createTable(CreateTableRequest.builder()
        .tableName("Orders")
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH)))
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S)))
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .build());
    // snippet:end in-memory-backend
    assertEquals(List.of("Orders"), backend.listTables(ListTablesRequest.builder().build()).tableNames());
  }

  static Engine inMemory() {
    // snippet:start configure-default
    Engine engine = Engine.inMemory();               // tables in memory, system clock, nothing observing
    // snippet:end configure-default
    return engine;
  }

  @Test
  void everyCommitReachesTheListeners() {
    Clock clock = Clock.systemUTC();
    CommitLog commitLog = CommitLog.NONE;
    AtomicInteger commits = new AtomicInteger();
    // snippet:start configure-builder
    Engine engine = Engine.builder()
        .storage(new MemoryCatalog())                // a CatalogStore; in memory when not set
        .clock(clock)                                // a java.time.Clock; Clock.systemUTC() when not set
        .log(commitLog)                              // a CommitLog; CommitLog.NONE when not set
        .listener(commit -> commits.incrementAndGet()) // any number of CommitListeners
        .ttlSweepInterval(Duration.ofMinutes(3))     // background TTL sweeps; zero for none
        .build();
    // snippet:end configure-builder
    engine.createTable(Items.keyedByPk("Orders").billingMode(BillingMode.PAY_PER_REQUEST).build());
    int before = commits.get();
    engine.putItem(Items.put("Orders", "o1"));
    engine.close();
    assertEquals(before + 1, commits.get());
  }

  @Test
  void theDefaultsAreThoseThePageNames() {
    DurableOptions defaults = DurableOptions.defaults();
    assertEquals(Durability.GROUP, defaults.durability());
    assertEquals(Duration.ZERO, defaults.groupWindow());
    assertEquals(64L << 20, defaults.checkpointBytes());
  }

  /** Compiled only (they write ./data): the durable engine's behaviour is tested in keyway-engine. */
  static void durable(Clock clock) {
    // snippet:start open
    Engine engine = Engine.open(Path.of("data"));      // GROUP durability, no window, 64 MiB checkpoints
    // snippet:end open
    engine.close();
  }

  static void durableConfigured(Clock clock) {
    // snippet:start open-configured
    Engine engine = Engine.builder()
        .durable(Path.of("data"), DurableOptions.defaults()
            .withDurability(Durability.SYNC)            // SYNC, GROUP or NONE
            .withGroupWindow(Duration.ZERO)             // GROUP only; zero is the default
            .withCheckpointBytes(64L << 20))            // log bytes between checkpoints
        .clock(clock)
        .build();
    // ...
    engine.close();                                      // final checkpoint, releases the directory
    // snippet:end open-configured
  }

  static Engine encrypted() throws IOException {
    // snippet:start encryption
    EncryptionKey key = EncryptionKey.fromFile(Path.of("keyway.key"));   // or EncryptionKey.of(bytes)
    Engine engine = Engine.builder()
        .durable(Path.of("data"), DurableOptions.defaults().withEncryption(key))
        .build();
    // snippet:end encryption
    return engine;
  }
}
