package dev.keyway.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Read-only, insertion-ordered copies of small maps and sets, held in one array: the M and set
 * values of stored items are mostly a handful of entries, where a LinkedHashMap costs four to five
 * times the memory. Up to {@link #MAX_SMALL} entries a lookup is a linear scan; larger collections
 * are copied into LinkedHashMap/LinkedHashSet as before. Equality, hash codes and toString follow
 * the Map and Set contracts, so they equal the LinkedHash copies they replace.
 */
final class Compact {
  static final int MAX_SMALL = 8;

  private Compact() {}

  /** A read-only copy; null values are rejected with {@code nullMessage}. */
  static <K, V> Map<K, V> map(Map<K, V> source, String nullMessage) {
    int n = source.size();
    if (n <= MAX_SMALL) {
      Object[] kv = new Object[2 * n];
      int i = 0;
      boolean ok = true;
      for (Map.Entry<K, V> e : source.entrySet()) {
        if (i == kv.length) {
          ok = false;
          break;
        }
        K key = e.getKey();
        for (int j = 0; j < i; j += 2) {
          if (Objects.equals(kv[j], key)) {
            ok = false; // a map with another notion of equality: let LinkedHashMap merge
          }
        }
        kv[i++] = key;
        kv[i++] = Objects.requireNonNull(e.getValue(), nullMessage);
      }
      if (ok && i == kv.length) {
        return new ArrayMap<>(kv);
      }
    }
    Map<K, V> copy = new LinkedHashMap<>(source);
    for (V v : copy.values()) {
      Objects.requireNonNull(v, nullMessage);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** A read-only copy of a set (its elements are distinct already). */
  static <T> Set<T> set(Set<T> source) {
    int n = source.size();
    if (n <= MAX_SMALL) {
      Object[] elements = new Object[n];
      int i = 0;
      boolean ok = true;
      for (T t : source) {
        if (i == n) {
          ok = false;
          break;
        }
        for (int j = 0; j < i; j++) {
          if (Objects.equals(elements[j], t)) {
            ok = false;
          }
        }
        elements[i++] = t;
      }
      if (ok && i == n) {
        return new ArraySet<>(elements);
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(source));
  }

  private static final class ArrayMap<K, V> extends AbstractMap<K, V> {
    private final Object[] kv;

    ArrayMap(Object[] kv) {
      this.kv = kv;
    }

    @Override
    public int size() {
      return kv.length >> 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
      for (int i = 0; i < kv.length; i += 2) {
        if (Objects.equals(kv[i], key)) {
          return (V) kv[i + 1];
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(Object key) {
      for (int i = 0; i < kv.length; i += 2) {
        if (Objects.equals(kv[i], key)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return kv.length >> 1;
        }

        @Override
        public Iterator<Entry<K, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < kv.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Entry<K, V> next() {
              if (next >= kv.length) {
                throw new NoSuchElementException();
              }
              int i = next;
              next += 2;
              return new SimpleImmutableEntry<>((K) kv[i], (V) kv[i + 1]);
            }
          };
        }
      };
    }
  }

  private static final class ArraySet<T> extends AbstractSet<T> {
    private final Object[] elements;

    ArraySet(Object[] elements) {
      this.elements = elements;
    }

    @Override
    public int size() {
      return elements.length;
    }

    @Override
    public boolean contains(Object o) {
      for (Object e : elements) {
        if (Objects.equals(e, o)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Iterator<T> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < elements.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
          if (next >= elements.length) {
            throw new NoSuchElementException();
          }
          return (T) elements[next++];
        }
      };
    }
  }
}
