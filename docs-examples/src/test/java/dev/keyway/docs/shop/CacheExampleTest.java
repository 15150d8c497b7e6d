package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.aws.AwsBackend;
import dev.keyway.cache.BackendCache;
import dev.keyway.cache.CacheOptions;
import dev.keyway.cache.CacheStatistics;
import dev.keyway.engine.Engine;
import dev.keyway.engine.sdk.KeywayDynamoDbClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** docs/cache.md: BackendCache in front of a backend, its statistics and its ticker. */
class CacheExampleTest {
  @Test
  void theCacheGoesBetweenTheFacadeAndTheBackend() {
    try (DynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      BackendCache[] caches = wrap(client);
      assertEquals(0, caches[0].itemStatistics().hits());
      assertEquals(0, caches[1].queryStatistics().misses());
    }
  }

  /** Run through the SDK's client over the engine (theCacheGoesBetweenTheFacadeAndTheBackend). */
  static BackendCache[] wrap(DynamoDbClient client) {
    // snippet:start wrap
    BackendCache cache = BackendCache.create();                 // DAX's defaults: five minutes
    Shop shop = Shop.connect(cache.wrap(AwsBackend.of(client))); // or cache.wrap(Engine.inMemory())

    BackendCache tuned = BackendCache.create(CacheOptions.defaults()
        .withItemTtl(Duration.ofMinutes(1)).withItemMaxEntries(50_000)
        .withQueryTtl(Duration.ofSeconds(10)).withQueryMaxEntries(5_000));
    // snippet:end wrap
    shop.createTableIfAbsent();
    return new BackendCache[] {cache, tuned};
  }

  @Test
  void repeatedReadsAreHits() {
    BackendCache cache = BackendCache.create();
    Shop shop = Shop.connect(cache.wrap(Engine.inMemory()));
    shop.createTableIfAbsent();
    shop.customers().get("ann");                      // a miss: "no such item" is cached too
    shop.customers().get("ann");                      // a hit
    // snippet:start statistics
    CacheStatistics items = cache.itemStatistics();   // hits, misses (per key for BatchGetItem), evictions
    CacheStatistics queries = cache.queryStatistics();
    items.hitRate();
    cache.invalidateAll();                            // after writes made elsewhere
    // snippet:end statistics
    assertEquals(1, items.hits());
    assertEquals(1, items.misses());
    assertEquals(0.5, items.hitRate());
    assertEquals(0, queries.hits() + queries.misses());
  }

  @Test
  void theTickerMovesTime() {
    // snippet:start ticker
    AtomicLong nanos = new AtomicLong();
    BackendCache cache = BackendCache.create(CacheOptions.defaults().withTicker(nanos::get));
    // snippet:end ticker
    Shop shop = Shop.connect(cache.wrap(Engine.inMemory()));
    shop.createTableIfAbsent();
    shop.customers().get("ann");
    shop.customers().get("ann");
    // snippet:start ticker
    nanos.addAndGet(Duration.ofMinutes(5).toNanos());   // every entry has now expired
    // snippet:end ticker
    shop.customers().get("ann");
    assertEquals(1, cache.itemStatistics().hits());
    assertEquals(2, cache.itemStatistics().misses());
  }
}
