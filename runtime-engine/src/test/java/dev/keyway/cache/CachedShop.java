package dev.keyway.cache;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;

import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A "Shop" table (PK, SK) on an in-memory engine, a {@link BackendCache} in front of it timed by a
 * fake ticker, and a count of the calls that reached the engine through the cache.
 */
final class CachedShop implements AutoCloseable {
  final Engine engine = Engine.inMemory();
  final AtomicLong nanos = new AtomicLong();
  final BackendCache cache;
  final Backend cached;
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final Map<String, Record> lastRequests = new ConcurrentHashMap<>();

  CachedShop() {
    this(CacheOptions.defaults());
  }

  CachedShop(CacheOptions options) {
    engine.createTable(pkSk("Shop"));
    cache = BackendCache.create(options.withTicker(nanos::get));
    Interceptor counter = new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        calls.computeIfAbsent(chain.operation().name(), name -> new LongAdder()).increment();
        lastRequests.put(chain.operation().name(), chain.request());
        return chain.proceed(chain.request());
      }
    };
    cached = cache.wrap(Interceptors.of(counter).wrap(engine));
  }

  /** How many calls of this operation reached the engine through the cache. */
  long calls(String operation) {
    LongAdder count = calls.get(operation);
    return count == null ? 0 : count.sum();
  }

  /** The last request of this operation that reached the engine. */
  <Q extends Record> Q lastRequest(String operation, Class<Q> type) {
    return type.cast(lastRequests.get(operation));
  }

  void advance(Duration time) {
    nanos.addAndGet(time.toNanos());
  }

  /** Writes straight to the engine, as another client would: the cache does not see it. */
  void putBehindTheCache(String pk, String sk, String name) {
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", pk, "SK", sk, "name", name)).build());
  }

  void put(String pk, String sk, String name) {
    cached.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", pk, "SK", sk, "name", name)).build());
  }

  /** Puts item u1/p named "Ada" through the cache and reads it once, so that the cache holds it. */
  void cacheAda() {
    put("u1", "p", "Ada");
    name("u1", "p");
  }

  Map<String, AttributeValue> get(String pk, String sk) {
    return cached.getItem(GetItemRequest.builder().tableName("Shop").key(item("PK", pk, "SK", sk)).build()).item();
  }

  /** The name of the item as the cache answers it, or null when there is no such item. */
  String name(String pk, String sk) {
    Map<String, AttributeValue> found = get(pk, sk);
    return found == null ? null : ((AttributeValue.S) found.get("name")).value();
  }

  @Override
  public void close() {
    cached.close();
  }
}
