package dev.keyway.engine.op.check;

import dev.keyway.engine.expr.resolve.NameLimit;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.ItemSize;
import dev.keyway.ops.ScalarAttributeType;
import java.util.Map;

/** Rules every key and item of a request must satisfy against the table's schema. */
public final class ItemRules {
  public static final String KEY_MISMATCH = "The provided key element does not match the schema";
  private static final int MAX_DEPTH = 32;

  private ItemRules() {}

  /** A primary key given on its own (GetItem, DeleteItem, UpdateItem, batch and transaction keys). */
  public static void key(KeySpec key, Map<String, AttributeValue> k) {
    int expected = key.hasRange() ? 2 : 1;
    AttributeValue hash = k.get(key.hashName());
    AttributeValue range = key.rangeOf(k);
    if (k.size() != expected || hash == null || (key.hasRange() && range == null)
        || !KeySpec.hasType(hash, key.hashType())
        || (range != null && !KeySpec.hasType(range, key.rangeType()))) {
      throw new KeySchemaException(KEY_MISMATCH);
    }
    keyValues(key, hash, range);
  }

  /**
   * A BatchWriteItem PutRequest's item: a key attribute of the wrong type is DynamoDB's generic
   * "The provided key element does not match the schema" there (PutItem names the attribute and
   * types); then the rules of {@link #item}.
   */
  public static void batchItem(TableMeta meta, Map<String, AttributeValue> item) {
    KeySpec key = meta.key();
    AttributeValue hash = key.hashOf(item);
    AttributeValue range = key.rangeOf(item);
    if ((hash != null && !KeySpec.hasType(hash, key.hashType()))
        || (range != null && !KeySpec.hasType(range, key.rangeType()))) {
      throw new KeySchemaException(KEY_MISMATCH);
    }
    item(meta, item);
  }

  /** The key attributes inside a whole item (PutItem, batch and transaction puts). */
  public static void item(TableMeta meta, Map<String, AttributeValue> item) {
    KeySpec key = meta.key();
    keyAttribute(item, key.hashName(), key.hashType());
    if (key.hasRange()) {
      keyAttribute(item, key.rangeName(), key.rangeType());
    }
    keyValues(key, key.hashOf(item), key.rangeOf(item));
    structure(item);
  }

  private static void keyAttribute(Map<String, AttributeValue> item, String name, ScalarAttributeType type) {
    AttributeValue v = item.get(name);
    if (v == null) {
      throw new KeySchemaException(
          "One or more parameter values were invalid: Missing the key " + name + " in the item");
    }
    if (!KeySpec.hasType(v, type)) {
      throw new KeySchemaException("One or more parameter values were invalid: Type mismatch for key "
          + name + " expected: " + type + " actual: " + v.type());
    }
  }

  private static void keyValues(KeySpec key, AttributeValue hash, AttributeValue range) {
    empty(key.hashName(), hash);
    if (range != null) {
      empty(key.rangeName(), range);
    }
    if (ItemSize.of(hash) > 2048) {
      throw new ValidationException("One or more parameter values were invalid: Size of hashkey has "
          + "exceeded the maximum size limit of2048 bytes");
    }
    if (range != null && ItemSize.of(range) > 1024) {
      throw new ValidationException("One or more parameter values were invalid: Aggregated size of "
          + "all range keys has exceeded the size limit of 1024 bytes");
    }
  }

  private static void empty(String name, AttributeValue v) {
    if (v instanceof AttributeValue.S s && s.value().isEmpty()) {
      throw new ValidationException("One or more parameter values are not valid. The AttributeValue "
          + "for a key attribute cannot contain an empty string value. Key: " + name);
    }
    if (v instanceof AttributeValue.B b && b.value().length() == 0) {
      throw new ValidationException("One or more parameter values are not valid. The AttributeValue "
          + "for a key attribute cannot contain an empty binary value. Key: " + name);
    }
  }

  /** Index key attributes present in an item must have the declared type and not be empty. */
  public static void indexKeys(TableMeta meta, Map<String, AttributeValue> item) {
    for (IndexSpec index : meta.allIndexes()) {
      for (KeySpec.Attribute a : index.key().attributes()) {
        indexKey(index, a.name(), a.type(), item);
      }
    }
  }

  /**
   * The first index key attribute among {@code types} (new values' types an update gives before
   * the item is read) whose type is not the index key's, as the error to report; null if none.
   */
  public static KeySchemaException indexKeyTypeMismatch(
      TableMeta meta, Map<String, AttributeValue.Type> types) {
    if (types.isEmpty()) {
      return null;
    }
    for (IndexSpec index : meta.allIndexes()) {
      for (KeySpec.Attribute a : index.key().attributes()) {
        AttributeValue.Type actual = types.get(a.name());
        if (actual != null && !actual.name().equals(a.type().name())) {
          return typeMismatch(index, a.name(), a.type(), actual);
        }
      }
    }
    return null;
  }

  private static KeySchemaException typeMismatch(
      IndexSpec index, String name, ScalarAttributeType expected, AttributeValue.Type actual) {
    return new KeySchemaException("One or more parameter values were invalid: Type mismatch for "
        + "Index Key " + name + " Expected: " + expected + " Actual: " + actual
        + " IndexName: " + index.name());
  }

  private static void indexKey(
      IndexSpec index, String name, ScalarAttributeType type, Map<String, AttributeValue> item) {
    AttributeValue v = item.get(name);
    if (v == null) {
      return;
    }
    if (!KeySpec.hasType(v, type)) {
      throw typeMismatch(index, name, type, v.type());
    }
    if ((v instanceof AttributeValue.S s && s.value().isEmpty())
        || (v instanceof AttributeValue.B b && b.value().length() == 0)) {
      throw new ValidationException("One or more parameter values are not valid. A value specified "
          + "for a secondary index key is not supported. The AttributeValue for a key attribute "
          + "cannot contain an empty " + (v instanceof AttributeValue.S ? "string" : "binary")
          + " value. IndexName: " + index.name() + ", IndexKey: " + name);
    }
  }

  /** The size check on an item whose size is already known (computed once, when stored). */
  public static void size(StoredItem item, String message) {
    if (item.sizeInBytes() > ItemSize.MAX_ITEM_BYTES) {
      throw new ValidationException(message);
    }
  }

  public static void size(Map<String, AttributeValue> item, String message) {
    if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
      throw new ValidationException(message);
    }
  }

  /**
   * Documents nest at most 32 levels deep (the top-level attribute being level 1), and attribute
   * names, top-level or inside maps, are shorter than 64 KB.
   */
  public static void structure(Map<String, AttributeValue> item) {
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      NameLimit.check(e.getKey());
      if (depthOf(e.getValue()) + 1 > MAX_DEPTH) {
        throw new ValidationException("Nesting Levels have exceeded supported limits: Attributes "
            + "in the item have nested levels beyond supported limit");
      }
    }
  }

  private static int depthOf(AttributeValue v) {
    int max = 0;
    if (v instanceof AttributeValue.L l) {
      for (AttributeValue e : l.values()) {
        max = Math.max(max, depthOf(e));
      }
      return max + 1;
    }
    if (v instanceof AttributeValue.M m) {
      for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
        NameLimit.check(e.getKey());
        max = Math.max(max, depthOf(e.getValue()));
      }
      return max + 1;
    }
    return 0;
  }
}
