package dev.keyway.engine.storage;

import dev.keyway.model.AttributeValue;
import java.util.Comparator;

/**
 * Position of an entry in a sorted store: ring hash of the partition key, the partition key, the
 * sort key and (in indexes) the table's primary key as a tie-breaker. A bound marks a search
 * sentinel: at the first absent component, {@code -1} sorts before and {@code +1} after every entry
 * that has that component.
 */
public final class EntryKey {
  public static final Comparator<EntryKey> ORDER = EntryKey::compare;

  final int hash;
  final AttributeValue hashKey;
  final AttributeValue rangeKey;
  final AttributeValue tieHash;
  final AttributeValue tieRange;
  final byte bound;

  private EntryKey(
      int hash,
      AttributeValue hashKey,
      AttributeValue rangeKey,
      AttributeValue tieHash,
      AttributeValue tieRange,
      int bound) {
    this.hash = hash;
    this.hashKey = hashKey;
    this.rangeKey = rangeKey;
    this.tieHash = tieHash;
    this.tieRange = tieRange;
    this.bound = (byte) bound;
  }

  /** The key of a stored entry. Absent components (no sort key, no tie) are null. */
  public static EntryKey of(
      AttributeValue hashKey, AttributeValue rangeKey, AttributeValue tieHash, AttributeValue tieRange) {
    return new EntryKey(KeyOrder.ringHash(hashKey), hashKey, rangeKey, tieHash, tieRange, 0);
  }

  public static EntryKey of(AttributeValue hashKey, AttributeValue rangeKey) {
    return of(hashKey, rangeKey, null, null);
  }

  /** Sentinel before (bound -1) or after (+1) every entry of a partition. */
  public static EntryKey partitionBound(AttributeValue hashKey, int bound) {
    return new EntryKey(KeyOrder.ringHash(hashKey), hashKey, null, null, null, bound);
  }

  /** Sentinel before (-1) or after (+1) every entry of a partition whose sort key equals a value. */
  public static EntryKey rangeBound(AttributeValue hashKey, AttributeValue rangeKey, int bound) {
    return new EntryKey(KeyOrder.ringHash(hashKey), hashKey, rangeKey, null, null, bound);
  }

  /** Sentinel before every entry whose ring hash is at least {@code hash} (unsigned). */
  public static EntryKey ringStart(long hash) {
    return new EntryKey((int) hash, null, null, null, null, -1);
  }

  public int hash() {
    return hash;
  }

  public AttributeValue hashKey() {
    return hashKey;
  }

  public AttributeValue rangeKey() {
    return rangeKey;
  }

  private static int compare(EntryKey a, EntryKey b) {
    int c = Integer.compareUnsigned(a.hash, b.hash);
    if (c != 0) {
      return c;
    }
    c = component(a.hashKey, a.bound, b.hashKey, b.bound);
    if (c != 2) {
      return c;
    }
    c = component(a.rangeKey, a.bound, b.rangeKey, b.bound);
    if (c != 2) {
      return c;
    }
    c = component(a.tieHash, a.bound, b.tieHash, b.bound);
    if (c != 2) {
      return c;
    }
    c = component(a.tieRange, a.bound, b.tieRange, b.bound);
    if (c != 2) {
      return c;
    }
    return Integer.compare(a.bound, b.bound);
  }

  /** Compares one component; 2 means "equal so far, look at the next one". */
  private static int component(AttributeValue x, int xBound, AttributeValue y, int yBound) {
    if (x != null && y != null) {
      int c = KeyOrder.compare(x, y);
      return c == 0 ? 2 : Integer.signum(c);
    }
    if (x == null && y == null) {
      return xBound == yBound ? 2 : Integer.compare(xBound, yBound);
    }
    if (x == null) {
      return xBound < 0 ? -1 : xBound > 0 ? 1 : -1;
    }
    return yBound < 0 ? 1 : yBound > 0 ? -1 : 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntryKey k && compare(this, k) == 0;
  }

  /** Mixes in the sort key: items of one partition share {@link #hash} (hash sets of keys). */
  @Override
  public int hashCode() {
    return hash * 31 + (rangeKey == null ? 0 : rangeKey.hashCode());
  }
}
