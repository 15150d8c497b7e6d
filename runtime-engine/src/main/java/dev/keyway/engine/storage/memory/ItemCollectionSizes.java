package dev.keyway.engine.storage.memory;

import dev.keyway.model.AttributeValue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes per item collection (one partition's items plus their LSI entries) of a table with local
 * secondary indexes, for the 10 GB collection limit and ItemCollectionMetrics.
 */
final class ItemCollectionSizes {
  private final ConcurrentHashMap<AttributeValue, AtomicLong> bytes = new ConcurrentHashMap<>();

  long get(AttributeValue hashKey) {
    AtomicLong size = bytes.get(hashKey);
    return size == null ? 0 : size.get();
  }

  void add(AttributeValue hashKey, long delta) {
    bytes.computeIfAbsent(hashKey, h -> new AtomicLong()).addAndGet(delta);
  }
}
