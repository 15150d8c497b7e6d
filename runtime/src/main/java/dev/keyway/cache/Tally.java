package dev.keyway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** Hits, misses and evictions of one cache, and the Caffeine cache they are counted on. */
final class Tally {
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evictions = new LongAdder();

  /**
   * A bounded cache whose entries live {@code ttl} after they were written. Maintenance runs on
   * the calling thread, so an expiry or eviction is counted by the time the call that caused it
   * returns (and tests with a fake ticker see it without waiting for a pool).
   */
  <K, V> Cache<K, V> newCache(Duration ttl, long maxEntries, LongSupplier ticker) {
    return Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .maximumSize(maxEntries)
        .ticker(ticker::getAsLong)
        .executor(Runnable::run)
        .<K, V>evictionListener((key, value, cause) -> evictions.increment())
        .build();
  }

  void hit() {
    hits.increment();
  }

  void hits(int count) {
    hits.add(count);
  }

  void miss() {
    misses.increment();
  }

  void misses(int count) {
    misses.add(count);
  }

  CacheStatistics snapshot() {
    return new CacheStatistics(hits.sum(), misses.sum(), evictions.sum());
  }
}
