package dev.keyway.engine.storage;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.ItemSize;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable stored item in a compact form: two parallel arrays of attribute names and values
 * (names interned) and the item's size by DynamoDB's rules, computed once. {@link #attributes()}
 * is a read-only map view, so reads allocate little and storage holds no hash-map entries.
 */
public final class StoredItem implements ItemRef {
  private static final int MAX_INTERNED = 100_000;
  private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

  private final String[] names;
  private final AttributeValue[] values;
  private final int size;

  private StoredItem(String[] names, AttributeValue[] values) {
    this.names = names;
    this.values = values;
    long bytes = ItemSize.of(attributes());
    this.size = (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  /** Copies an item's attributes (null values are not allowed). */
  public static StoredItem of(Map<String, AttributeValue> attributes) {
    String[] names = new String[attributes.size()];
    AttributeValue[] values = new AttributeValue[attributes.size()];
    int i = 0;
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      names[i] = intern(e.getKey());
      values[i] = java.util.Objects.requireNonNull(e.getValue(), e.getKey());
      i++;
    }
    return new StoredItem(names, values);
  }

  private static String intern(String name) {
    String known = NAMES.get(name);
    if (known != null) {
      return known;
    }
    if (NAMES.size() < MAX_INTERNED) {
      known = NAMES.putIfAbsent(name, name);
      return known == null ? name : known;
    }
    return name;
  }

  @Override
  public StoredItem item() {
    return this;
  }

  /** The item's size in bytes by DynamoDB's rules. */
  public long sizeInBytes() {
    return size;
  }

  /** A read-only map view of the attributes, in stored order. */
  public Map<String, AttributeValue> attributes() {
    return new View();
  }

  @Override
  public String toString() {
    return attributes().toString();
  }

  private final class View extends AbstractMap<String, AttributeValue> {
    @Override
    public AttributeValue get(Object key) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          return values[i];
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      return names.length;
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return names.length;
        }

        @Override
        public Iterator<Entry<String, AttributeValue>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.length;
            }

            @Override
            public Entry<String, AttributeValue> next() {
              if (next >= names.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(names[i], values[i]);
            }
          };
        }
      };
    }
  }
}
