package dev.keyway.cache;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Query and Scan responses keyed by their whole request. As in DAX, writes never touch it: a result
 * stays until its time to live runs out or the cache is full. Only a table deletion through this
 * cache drops the table's results.
 */
final class QueryCache {
  private record Entry(String table, Record request) {}

  private final Cache<Entry, Record> responses;
  private final Tally tally = new Tally();

  QueryCache(CacheOptions options) {
    this.responses = tally.newCache(options.queryTtl(), options.queryMaxEntries(), options.ticker());
  }

  /** The cached response to this request, counted as a hit or a miss; null on a miss. */
  <R extends Record> R find(String table, Record request, Class<R> responseType) {
    Record response = responses.getIfPresent(new Entry(table, request));
    if (response == null) {
      tally.miss();
      return null;
    }
    tally.hit();
    return responseType.cast(response);
  }

  void remember(String table, Record request, Record response) {
    responses.put(new Entry(table, request), response);
  }

  void forgetTable(String table) {
    responses.asMap().keySet().removeIf(entry -> entry.table().equals(table));
  }

  void clear() {
    responses.invalidateAll();
  }

  CacheStatistics statistics() {
    responses.cleanUp();
    return tally.snapshot();
  }
}
