package dev.keyway.engine.op.check;

import dev.keyway.error.ValidationException;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The key schema of a global secondary index: one to four HASH elements, then up to four RANGE
 * elements (multi-attribute keys), every attribute named once. Tables and local indexes keep the
 * one-HASH, optional-RANGE schema of {@link CreateTableCheck#keySchema}.
 */
public final class GsiKeySchemaRules {
  /** Most attributes per side of a multi-attribute key. */
  public static final int MAX_PER_SIDE = 4;
  /** The wire limit on a GSI's KeySchema list: four HASH and four RANGE elements. */
  public static final int MAX_ELEMENTS = 2 * MAX_PER_SIDE;

  private GsiKeySchemaRules() {}

  public static void check(List<KeySchemaElement> keySchema, String indexName) {
    if (keySchema.get(0).keyType() != KeyType.HASH) {
      throw invalid("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    int hash = 0;
    int range = 0;
    Set<String> names = new HashSet<>();
    for (KeySchemaElement k : keySchema) {
      if (k.keyType() == KeyType.HASH) {
        if (range > 0) {
          throw invalid("Invalid KeySchema: A HASH KeySchemaElement follows a RANGE KeySchemaElement"
              + " for index: " + indexName + "; list every HASH element before the RANGE elements");
        }
        hash++;
      } else {
        range++;
      }
      if (!names.add(k.attributeName())) {
        if (keySchema.size() == 2 && range == 1) {
          // The classic HASH + RANGE schema keeps its classic message.
          CreateTableCheck.keySchema(keySchema, indexName);
        }
        throw invalid("Invalid KeySchema: Attribute " + k.attributeName()
            + " appears more than once in the KeySchema of index: " + indexName);
      }
    }
    if (hash > MAX_PER_SIDE || range > MAX_PER_SIDE) {
      throw invalid("Invalid KeySchema: The KeySchema of index: " + indexName + " has " + hash
          + " HASH and " + range + " RANGE elements; a global secondary index allows at most "
          + MAX_PER_SIDE + " of each");
    }
  }

  private static ValidationException invalid(String message) {
    return new ValidationException(message);
  }
}
