package dev.keyway.engine.op.check;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.request.ItemUpdate;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ValidationException;
import java.util.Set;

/**
 * Key attributes are scalars, so DynamoDB refuses an expression that reaches into one with
 * {@code .x} or {@code [i]}: "Key attributes must be scalars; list random access '[]' and map
 * lookup '.' are not allowed: Key: a" for the table's key, "IndexKey: a" for an index's
 * (dynalite's validation tests run against the service, for ProjectionExpression and
 * FilterExpression; scylladb test_gsi.py for SET on a GSI key). The table's key is looked at
 * first, then the indexes'.
 */
public final class KeyPathRules {
  private KeyPathRules() {}

  /** A read's filter, then its projection (either may be null). */
  public static void reads(TableMeta table, ItemCondition filter, ItemProjection projection) {
    if (filter != null) {
      scalar(table, filter.nestedNames());
    }
    if (projection != null) {
      scalar(table, projection.nestedNames());
    }
  }

  /**
   * An update's targets and operands. DynamoDB reports an update of a key attribute ({@code ADD
   * pk.b :n} included) and an index key given a value of the wrong type before a path into a key
   * (dynalite's updateItem validation tests, run against the service: {@code set d[1] = :a add b.b
   * :a} names the range key b, {@code set d.a = a add c :a} the type of index key c, and {@code set
   * e = list_append(a, b), f = d[1]} index key d); the write reports those two, so such an update
   * is left to it.
   */
  public static void update(TableMeta table, ItemUpdate update) {
    for (String name : update.touchedAttributes()) {
      if (table.key().isKeyAttribute(name)) {
        return;
      }
    }
    if (ItemRules.indexKeyTypeMismatch(table, update.knownTypes()) == null) {
      scalar(table, update.nestedNames());
    }
  }

  /** Refuses the first key attribute among {@code nested} (top-level names read below the top). */
  public static void scalar(TableMeta table, Set<String> nested) {
    if (nested.isEmpty()) {
      return;
    }
    for (KeySpec.Attribute a : table.key().attributes()) {
      if (nested.contains(a.name())) {
        throw notScalar("Key", a.name());
      }
    }
    indexKeys(table, nested);
  }

  /** Refuses the first index key attribute among {@code nested}. */
  private static void indexKeys(TableMeta table, Set<String> nested) {
    if (nested.isEmpty()) {
      return;
    }
    for (IndexSpec index : table.allIndexes()) {
      for (KeySpec.Attribute a : index.key().attributes()) {
        if (nested.contains(a.name()) && !table.key().isKeyAttribute(a.name())) {
          throw notScalar("IndexKey", a.name());
        }
      }
    }
  }

  private static ValidationException notScalar(String kind, String name) {
    return new ValidationException("Key attributes must be scalars; list random access '[]' and "
        + "map lookup '.' are not allowed: " + kind + ": " + name);
  }
}
