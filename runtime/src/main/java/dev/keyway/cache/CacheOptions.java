package dev.keyway.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How long and how much a {@link BackendCache} keeps: a time to live and an entry bound for each of
 * its two caches, and the ticker that measures time. The defaults follow DAX: five minutes for both
 * caches.
 *
 * <pre>{@code
 * CacheOptions options = CacheOptions.defaults()
 *     .withItemTtl(Duration.ofMinutes(1))
 *     .withQueryMaxEntries(1_000);
 * }</pre>
 *
 * @param itemTtl how long an item read (or written through) stays in the item cache
 * @param itemMaxEntries how many item keys the item cache holds before evicting the least useful
 * @param queryTtl how long a Query or Scan result stays in the query cache; writes never shorten it
 * @param queryMaxEntries how many Query and Scan results the query cache holds
 * @param ticker nanoseconds from an arbitrary origin, as {@link System#nanoTime}; tests pass a fake
 */
public record CacheOptions(
    Duration itemTtl, long itemMaxEntries, Duration queryTtl, long queryMaxEntries, LongSupplier ticker) {

  /** DAX's default time to live for both caches. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  /** Entries per cache unless told otherwise. */
  public static final long DEFAULT_MAX_ENTRIES = 100_000;

  public CacheOptions {
    requirePositive(itemTtl, "itemTtl");
    requirePositive(queryTtl, "queryTtl");
    requirePositive(itemMaxEntries, "itemMaxEntries");
    requirePositive(queryMaxEntries, "queryMaxEntries");
    Objects.requireNonNull(ticker, "ticker");
  }

  /** Five minutes and {@value #DEFAULT_MAX_ENTRIES} entries for each cache, timed by {@link System#nanoTime}. */
  public static CacheOptions defaults() {
    return new CacheOptions(DEFAULT_TTL, DEFAULT_MAX_ENTRIES, DEFAULT_TTL, DEFAULT_MAX_ENTRIES, System::nanoTime);
  }

  public CacheOptions withItemTtl(Duration ttl) {
    return new CacheOptions(ttl, itemMaxEntries, queryTtl, queryMaxEntries, ticker);
  }

  public CacheOptions withItemMaxEntries(long maxEntries) {
    return new CacheOptions(itemTtl, maxEntries, queryTtl, queryMaxEntries, ticker);
  }

  public CacheOptions withQueryTtl(Duration ttl) {
    return new CacheOptions(itemTtl, itemMaxEntries, ttl, queryMaxEntries, ticker);
  }

  public CacheOptions withQueryMaxEntries(long maxEntries) {
    return new CacheOptions(itemTtl, itemMaxEntries, queryTtl, maxEntries, ticker);
  }

  /** Times entries with this ticker instead of {@link System#nanoTime}, so tests need not sleep. */
  public CacheOptions withTicker(LongSupplier nanoTicker) {
    return new CacheOptions(itemTtl, itemMaxEntries, queryTtl, queryMaxEntries, nanoTicker);
  }

  private static void requirePositive(Duration ttl, String name) {
    Objects.requireNonNull(ttl, name);
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + ttl);
    }
  }

  private static void requirePositive(long entries, String name) {
    if (entries <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + entries);
    }
  }
}
