package dev.keyway.cache;

/**
 * Counts of one cache since it was created. A read that bypasses the cache (a strongly consistent
 * read) is neither a hit nor a miss.
 *
 * @param hits reads answered from the cache (for BatchGetItem, per key)
 * @param misses reads passed on to the backend and then cached (for BatchGetItem, per key)
 * @param evictions entries dropped because the cache was full or their time to live ran out;
 *     entries dropped by a write or a table deletion are not counted
 */
public record CacheStatistics(long hits, long misses, long evictions) {

  /** Hits over all lookups; 0 before the first lookup. */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }
}
