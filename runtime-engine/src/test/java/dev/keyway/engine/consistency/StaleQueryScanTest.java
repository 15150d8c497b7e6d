package dev.keyway.engine.consistency;

import static dev.keyway.engine.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.Select;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Eventually consistent Query and Scan pages of tables, GSIs and LSIs lag behind writes, one
 * consistent picture per page; ConsistentRead=true never lags.
 */
class StaleQueryScanTest {
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

  Engine engine(long seed) {
    Engine engine = Engine.builder().clock(clock)
        .eventualConsistency(Duration.ofSeconds(1), seed).build();
    engine.createTable(Fixtures.withIndexes("Tbl"));
    return engine;
  }

  static void put(Engine engine, Object... pairs) {
    engine.putItem(PutItemRequest.builder().tableName("Tbl").item(item(pairs)).build());
  }

  /** Three writes 300 ms apart: s1 changed, s2 deleted, s3 added; read 100 ms after the last. */
  void threeStaggeredWrites(Engine engine) {
    put(engine, "PK", "a", "SK", "s1", "v", "old", "LSK", 1);
    put(engine, "PK", "a", "SK", "s2", "v", "old", "LSK", 2);
    clock.advance(Duration.ofSeconds(10));
    put(engine, "PK", "a", "SK", "s1", "v", "new", "LSK", 1);
    clock.advance(Duration.ofMillis(300));
    engine.deleteItem(DeleteItemRequest.builder().tableName("Tbl")
        .key(item("PK", "a", "SK", "s2")).build());
    clock.advance(Duration.ofMillis(300));
    put(engine, "PK", "a", "SK", "s3", "v", "new", "LSK", 3);
    clock.advance(Duration.ofMillis(100));
  }

  /** The pictures a page may show of {@link #threeStaggeredWrites}: one per point in time. */
  static final Set<String> PICTURES = Set.of(
      "s1=old s2=old", "s1=new s2=old", "s1=new", "s1=new s3=new");

  static String picture(List<Map<String, AttributeValue>> items) {
    return items.stream().map(i -> text(i.get("SK")) + "=" + text(i.get("v")))
        .collect(Collectors.joining(" "));
  }

  static String text(AttributeValue v) {
    return ((AttributeValue.S) v).value();
  }

  static List<String> pictures(int reads, Supplier<List<Map<String, AttributeValue>>> read) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < reads; i++) {
      seen.add(picture(read.get()));
    }
    return seen;
  }

  static QueryRequest.Builder queryA() {
    return QueryRequest.builder().tableName("Tbl").keyConditionExpression("PK = :p")
        .expressionAttributeValues(Map.of(":p", Fixtures.s("a")));
  }

  @Test
  void aQueryPageShowsTheTableAsItWasAtOnePointWithinTheLag() {
    try (Engine engine = engine(42)) {
      threeStaggeredWrites(engine);
      List<String> seen = pictures(200, () -> engine.query(queryA().build()).items());
      assertThat(seen).allMatch(PICTURES::contains).containsAll(PICTURES);
      assertThat(pictures(20, () -> engine.query(queryA().consistentRead(true).build()).items()))
          .containsOnly("s1=new s3=new");
      clock.advance(Duration.ofSeconds(1)); // past the longest lag
      assertThat(pictures(20, () -> engine.query(queryA().build()).items()))
          .containsOnly("s1=new s3=new");
    }
  }

  @Test
  void aScanPageLagsTooAndADeletedItemMayReappear() {
    try (Engine engine = engine(5)) {
      threeStaggeredWrites(engine);
      List<String> seen = pictures(200,
          () -> engine.scan(ScanRequest.builder().tableName("Tbl").build()).items());
      assertThat(seen).allMatch(PICTURES::contains).contains("s1=old s2=old", "s1=new s3=new");
      assertThat(pictures(20, () -> engine.scan(ScanRequest.builder().tableName("Tbl")
          .consistentRead(true).build()).items())).containsOnly("s1=new s3=new");
    }
  }

  @Test
  void aLocalIndexQueryCompletesProjectedEntriesFromTheLaggingTable() {
    try (Engine engine = engine(11)) {
      threeStaggeredWrites(engine);
      Supplier<List<Map<String, AttributeValue>>> lsi = () -> engine.query(queryA()
          .indexName("LSI1").select(Select.ALL_ATTRIBUTES).build()).items();
      assertThat(pictures(200, lsi)).allMatch(PICTURES::contains).containsAll(PICTURES);
    }
  }

  @Test
  void aGlobalIndexEntryThatMovedIsSeenInOnePlaceOnly() {
    try (Engine engine = engine(8)) {
      put(engine, "PK", "a", "SK", "s", "GSI1PK", "g", "GSI1SK", "x1", "v", "x1");
      clock.advance(Duration.ofSeconds(10));
      put(engine, "PK", "a", "SK", "s", "GSI1PK", "g", "GSI1SK", "x2", "v", "x2");
      clock.advance(Duration.ofMillis(500));
      Supplier<List<Map<String, AttributeValue>>> gsi = () -> engine.query(QueryRequest.builder()
          .tableName("Tbl").indexName("GSI1").keyConditionExpression("GSI1PK = :g")
          .expressionAttributeValues(Map.of(":g", Fixtures.s("g"))).build()).items();
      assertThat(pictures(100, gsi)).containsOnly("s=x1", "s=x2").contains("s=x1", "s=x2");
      Supplier<List<Map<String, AttributeValue>>> scan = () -> engine.scan(ScanRequest.builder()
          .tableName("Tbl").indexName("GSI1").build()).items();
      assertThat(pictures(100, scan)).containsOnly("s=x1", "s=x2").contains("s=x1", "s=x2");
    }
  }

  @Test
  void consistentReadsOnAGlobalIndexAreRefused() {
    try (Engine engine = engine(1)) {
      assertThatThrownBy(() -> engine.scan(ScanRequest.builder().tableName("Tbl")
          .indexName("GSI1").consistentRead(true).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Consistent reads are not supported on global secondary indexes");
    }
  }

  @Test
  void theSameSeedGivesTheSamePages() {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (Engine engine = engine(99)) {
        threeStaggeredWrites(engine);
        runs.add(pictures(50, () -> engine.query(queryA().limit(1).build()).items()));
      }
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1)).hasSize(50);
  }
}
