package dev.keyway.engine.consistency;

import static dev.keyway.engine.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.PutItemRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Eventually consistent reads that lag behind writes, seeded; strongly consistent ones never. */
class StaleReadsTest {
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

  Engine engine(long seed) {
    Engine engine = Engine.builder().clock(clock)
        .eventualConsistency(Duration.ofSeconds(1), seed).build();
    engine.createTable(Fixtures.pkSk("Tbl"));
    return engine;
  }

  void put(Engine engine, String version) {
    engine.putItem(PutItemRequest.builder().tableName("Tbl")
        .item(item("PK", "a", "SK", "s", "v", version)).build());
  }

  /** The version each of {@code reads} GetItems sees ("-" when absent). */
  List<String> versions(Engine engine, boolean consistent, int reads) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < reads; i++) {
      Map<String, AttributeValue> item = engine.getItem(GetItemRequest.builder().tableName("Tbl")
          .key(item("PK", "a", "SK", "s")).consistentRead(consistent).build()).item();
      seen.add(item == null ? "-" : ((AttributeValue.S) item.get("v")).value());
    }
    return seen;
  }

  @Test
  void eventuallyConsistentReadsMaySeeTheItemAsItWasWithinTheLag() {
    try (Engine engine = engine(42)) {
      put(engine, "v1");
      clock.advance(Duration.ofSeconds(10));
      put(engine, "v2");
      assertThat(versions(engine, true, 50)).containsOnly("v2");
      clock.advance(Duration.ofMillis(500)); // about half of the lags reach before the write
      List<String> seen = versions(engine, false, 200);
      assertThat(seen).containsOnly("v1", "v2").contains("v1", "v2");
      clock.advance(Duration.ofMillis(501)); // past the longest lag
      assertThat(versions(engine, false, 50)).containsOnly("v2");
    }
  }

  @Test
  void aNewItemMayBeMissingFromAnEventuallyConsistentRead() {
    try (Engine engine = engine(7)) {
      put(engine, "v1");
      clock.advance(Duration.ofMillis(100));
      assertThat(versions(engine, false, 100)).contains("-", "v1");
      assertThat(versions(engine, true, 10)).containsOnly("v1");
    }
  }

  @Test
  void theSameSeedGivesTheSameReads() {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (Engine engine = engine(99)) {
        put(engine, "v1");
        clock.advance(Duration.ofSeconds(5));
        put(engine, "v2");
        clock.advance(Duration.ofMillis(300));
        runs.add(versions(engine, false, 100));
      }
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
  }

  @Test
  void batchGetItemReadsLagToo() {
    try (Engine engine = engine(3)) {
      put(engine, "v1");
      clock.advance(Duration.ofSeconds(5));
      put(engine, "v2");
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        AttributeValue v = engine.batchGetItem(BatchGetItemRequest.builder().requestItems(
            Map.of("Tbl", KeysAndAttributes.builder().keys(List.of(item("PK", "a", "SK", "s")))
                .build())).build()).responses().get("Tbl").get(0).get("v");
        seen.add(((AttributeValue.S) v).value());
      }
      assertThat(seen).contains("v1"); // written just now: nearly every lag reaches before it
    }
  }

  @Test
  void readsSeeTheLatestWriteByDefault() {
    try (Engine engine = Engine.builder().clock(clock).build()) {
      engine.createTable(Fixtures.pkSk("Tbl"));
      put(engine, "v1");
      put(engine, "v2");
      assertThat(versions(engine, false, 50)).containsOnly("v2");
    }
  }
}
