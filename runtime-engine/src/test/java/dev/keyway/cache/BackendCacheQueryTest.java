package dev.keyway.cache;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScanRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Query and Scan through the query cache: keyed by the whole request, stale until its TTL. */
class BackendCacheQueryTest {
  private final CachedShop shop = new CachedShop();

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void aRepeatedQueryIsAnsweredFromTheCache() {
    shop.put("u1", "a", "Ada");

    assertThat(shop.cached.query(ordersOf("u1").build()).count()).isEqualTo(1);
    assertThat(shop.cached.query(ordersOf("u1").build()).count()).isEqualTo(1);

    assertThat(shop.calls("Query")).isEqualTo(1);
    assertThat(shop.cache.queryStatistics()).isEqualTo(new CacheStatistics(1, 1, 0));
  }

  @Test
  void aWriteThroughTheCacheDoesNotRefreshCachedResultsUntilTheirTtl() {
    shop.put("u1", "a", "Ada");
    shop.cached.query(ordersOf("u1").build());
    shop.put("u1", "b", "Grace");

    assertThat(shop.cached.query(ordersOf("u1").build()).count()).as("stale, as in DAX").isEqualTo(1);
    shop.advance(Duration.ofMinutes(5));
    assertThat(shop.cached.query(ordersOf("u1").build()).count()).isEqualTo(2);
    assertThat(shop.cache.queryStatistics().evictions()).isEqualTo(1);
  }

  @Test
  void requestsThatDifferInAnyMemberAreCachedApart() {
    shop.put("u1", "a", "Ada");
    shop.put("u1", "b", "Grace");

    assertThat(shop.cached.query(ordersOf("u1").build()).count()).isEqualTo(2);
    assertThat(shop.cached.query(ordersOf("u1").limit(1).build()).count()).isEqualTo(1);
    assertThat(shop.calls("Query")).isEqualTo(2);
  }

  @Test
  void stronglyConsistentQueriesBypassTheCache() {
    shop.put("u1", "a", "Ada");
    shop.cached.query(ordersOf("u1").consistentRead(true).build());
    shop.put("u1", "b", "Grace");

    assertThat(shop.cached.query(ordersOf("u1").consistentRead(true).build()).count()).isEqualTo(2);
    assertThat(shop.cache.queryStatistics()).isEqualTo(new CacheStatistics(0, 0, 0));
  }

  @Test
  void scansAreCachedToo() {
    shop.put("u1", "a", "Ada");
    shop.cached.scan(ScanRequest.builder().tableName("Shop").build());
    shop.put("u2", "a", "Grace");

    assertThat(shop.cached.scan(ScanRequest.builder().tableName("Shop").build()).count()).isEqualTo(1);
    assertThat(shop.calls("Scan")).isEqualTo(1);
  }

  @Test
  void aQueryOfAMissingTableFailsEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> shop.cached.query(ordersOf("u1").tableName("Nope").build()))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found");
    }
    assertThat(shop.calls("Query")).isEqualTo(2);
  }

  @Test
  void deletingATableThroughTheCacheDropsItsEntries() {
    shop.put("u1", "a", "Ada");
    shop.cached.query(ordersOf("u1").build());
    shop.name("u1", "a");

    shop.cached.deleteTable(new DeleteTableRequest("Shop"));
    shop.cached.createTable(pkSk("Shop"));

    assertThat(shop.cached.query(ordersOf("u1").build()).count()).isZero();
    assertThat(shop.get("u1", "a")).isNull();
  }

  private static QueryRequest.Builder ordersOf(String user) {
    return QueryRequest.builder().tableName("Shop").keyConditionExpression("PK = :pk")
        .expressionAttributeValues(item(":pk", user));
  }
}
