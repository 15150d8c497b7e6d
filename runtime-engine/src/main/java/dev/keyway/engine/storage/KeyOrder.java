package dev.keyway.engine.storage;

import dev.keyway.model.AttributeValue;
import java.util.List;

/**
 * DynamoDB's ordering of key values: strings by code point (equal to UTF-8 byte order), numbers
 * numerically, binaries as unsigned bytes. Values of different types order by type (never happens
 * inside one table, whose key attributes have one declared type). Multi-attribute keys are lists of
 * such values.
 */
public final class KeyOrder {
  private KeyOrder() {}

  public static int compare(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.S sa && b instanceof AttributeValue.S sb) {
      return sa.compareTo(sb);
    }
    if (a instanceof AttributeValue.N na && b instanceof AttributeValue.N nb) {
      return na.compareTo(nb);
    }
    if (a instanceof AttributeValue.B ba && b instanceof AttributeValue.B bb) {
      return ba.compareTo(bb);
    }
    if (a instanceof AttributeValue.L la && b instanceof AttributeValue.L lb) {
      return compareComposite(la.values(), lb.values());
    }
    return a.type().compareTo(b.type());
  }

  /**
   * Composite keys (multi-attribute GSI keys) order attribute by attribute, each by its own type;
   * a shorter list (a prefix, used as a search bound) sorts before the lists it begins.
   */
  private static int compareComposite(List<AttributeValue> a, List<AttributeValue> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The 32-bit hash that places a partition key on the scan ring (and in a scan segment). */
  public static int ringHash(AttributeValue partitionKey) {
    int h = partitionKey.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The parallel-scan segment (0-based) of a ring hash among {@code totalSegments}. */
  public static int segmentOf(int hash, int totalSegments) {
    return (int) (((hash & 0xffffffffL) * totalSegments) >>> 32);
  }

  /** The smallest ring hash (as an int, unsigned order) that falls into {@code segment}. */
  public static long firstHashOf(int segment, int totalSegments) {
    long start = ((long) segment << 32) / totalSegments;
    if (segmentOf((int) start, totalSegments) < segment) {
      start++;
    }
    return start;
  }
}
